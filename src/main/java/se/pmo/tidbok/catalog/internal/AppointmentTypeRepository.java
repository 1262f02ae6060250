package se.pmo.tidbok.catalog.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppointmentTypeRepository extends JpaRepository<AppointmentType, Long> {

	Optional<AppointmentType> findByCode(String code);

	/** Frees every name, before the seed's names are given back. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update AppointmentType t set t.nameKey = null")
	void clearNameKeys();

	/** Removes the types left without a version. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from AppointmentType t where not exists (select v from AppointmentTypeVersion v where v.code = t.code)")
	void deleteWithoutVersions();

}
