package se.pmo.tidbok.changeset;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredChangesets extends JpaRepository<StoredChangeset, Long> {

	/** Every changeset, the one taking effect last first. */
	List<StoredChangeset> findAllByOrderByEffectiveFromDescIdDesc();

}
