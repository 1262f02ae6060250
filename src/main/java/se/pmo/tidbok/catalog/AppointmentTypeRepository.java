package se.pmo.tidbok.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppointmentTypeRepository extends JpaRepository<AppointmentType, Long> {

	Optional<AppointmentType> findByCode(String code);

}
