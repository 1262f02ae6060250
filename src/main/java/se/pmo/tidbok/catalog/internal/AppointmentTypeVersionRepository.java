package se.pmo.tidbok.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppointmentTypeVersionRepository extends JpaRepository<AppointmentTypeVersion, Long> {

	/** Every version that is not withdrawn. */
	List<AppointmentTypeVersion> findByWithdrawnAtIsNull();

	/** A type's versions that are not withdrawn, by the index on (code, version). */
	List<AppointmentTypeVersion> findByCodeAndWithdrawnAtIsNull(String code);

	Optional<AppointmentTypeVersion> findByCodeAndVersion(String code, long version);

	boolean existsByCodeAndVersionAndWithdrawnAtIsNotNull(String code, long version);

	/** The type's highest version number, withdrawn versions included; null for none. */
	@Query("select max(v.version) from AppointmentTypeVersion v where v.code = ?1")
	Long lastVersion(String code);

	/** Removes every version but those the seed recorded (at the first revision). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from AppointmentTypeVersion v where v.revision <> " + CatalogRevision.SEED)
	void deleteAllButSeed();

}
