package se.pmo.tidbok.catalog.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.NameRule;

/**
 * The catalog in PostgreSQL, through its entities: the revision, the types and their
 * versions. Callers hold the transaction, so what they read is consistent with the
 * revision read in the same one, and what they write commits with the rest of the change.
 */
@Component
public class CatalogStore {

	private final CatalogRevisionRepository revisions;

	private final AppointmentTypeRepository types;

	private final AppointmentTypeVersionRepository versions;

	CatalogStore(CatalogRevisionRepository revisions, AppointmentTypeRepository types,
			AppointmentTypeVersionRepository versions) {
		this.revisions = revisions;
		this.types = types;
		this.versions = versions;
	}

	/**
	 * Takes the catalog's write lock by moving its revision on.
	 * @return the revision the change makes
	 */
	public long moveRevisionOn() {
		this.revisions.moveOn();
		return this.revisions.revision();
	}

	/**
	 * The catalog revision now, and PostgreSQL's clock when it was read.
	 *
	 * @param revision the catalog revision
	 * @param databaseTime PostgreSQL's clock, which every instance shares
	 */
	public record Revision(long revision, Instant databaseTime) {
	}

	/** The catalog revision now, with PostgreSQL's clock, read in one statement. */
	public Revision revisionAndClock() {
		CatalogRevisionRepository.RevisionAndClock read = this.revisions.revisionAndClock();
		return new Revision(read.getRevision(), Instant.EPOCH.plus(read.getDatabaseMicros(), ChronoUnit.MICROS));
	}

	/** The timeline of every type at the current revision. */
	public CatalogTimeline timeline() {
		long revision = this.revisions.revision();
		return timeline(revision, this.versions.findByWithdrawnAtIsNull());
	}

	/**
	 * The timeline of one type at the current revision: its versions by the index on
	 * (code, version), not a scan.
	 */
	public CatalogTimeline timeline(String code) {
		long revision = this.revisions.revision();
		return timeline(revision, this.versions.findByCodeAndWithdrawnAtIsNull(code));
	}

	private static CatalogTimeline timeline(long revision, List<AppointmentTypeVersion> versions) {
		return CatalogTimeline.of(revision, versions.stream().map(AppointmentTypeVersion::toVersion).toList());
	}

	/**
	 * The next version number of a type: versions, withdrawn ones too, are never reused.
	 */
	public long nextVersion(String code) {
		Long last = this.versions.lastVersion(code);
		return (last != null) ? last + 1 : 0;
	}

	/** Whether this version of the type was recorded and later withdrawn. */
	public boolean withdrawn(String code, long version) {
		return this.versions.existsByCodeAndVersionAndWithdrawnAtIsNotNull(code, version);
	}

	/**
	 * Records the version as its type's latest, and the type itself when the code is new
	 * (the code of a type whose scheduled creation was withdrawn is still that type's).
	 * The type's name key is written first and flushed, so a name the database refuses
	 * (its unique key) fails here, before the version is written.
	 */
	public void record(CatalogVersion version) {
		AppointmentType type = this.types.findByCode(version.code())
			.orElseGet(() -> new AppointmentType(version.code()));
		type.setNameKey(NameRule.key(version.name()));
		this.types.saveAndFlush(type);
		this.versions.save(new AppointmentTypeVersion(version));
	}

	/**
	 * Withdraws a type's pending last version at the instant.
	 * @param remaining the version the type is left with, or {@code null} when its
	 * creation was withdrawn, which frees its name
	 */
	public void withdraw(CatalogVersion withdrawn, CatalogVersion remaining, Instant at) {
		this.versions.findByCodeAndVersion(withdrawn.code(), withdrawn.version()).orElseThrow().withdraw(at);
		AppointmentType type = this.types.findByCode(withdrawn.code()).orElseThrow();
		type.setNameKey((remaining != null) ? NameRule.key(remaining.name()) : null);
		this.types.saveAndFlush(type);
	}

	/**
	 * Puts the catalog back to its seed: the versions recorded at the first revision (the
	 * PMO table, each type's first version), the types they belong to, and those types'
	 * name keys. Runs once the caller holds the write lock and has removed what refers to
	 * the types.
	 */
	public void restoreSeed() {
		this.versions.deleteAllButSeed();
		this.types.deleteWithoutVersions();
		this.types.clearNameKeys();
		Map<String, CatalogVersion> seed = this.versions.findAll()
			.stream()
			.map(AppointmentTypeVersion::toVersion)
			.collect(Collectors.toMap(CatalogVersion::code, Function.identity()));
		List<AppointmentType> seeded = this.types.findAll();
		seeded.forEach((type) -> type.setNameKey(NameRule.key(seed.get(type.getCode()).name())));
		this.types.saveAllAndFlush(seeded);
	}

}
