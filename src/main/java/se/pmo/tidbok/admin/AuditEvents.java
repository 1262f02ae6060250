package se.pmo.tidbok.admin;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

	Page<AuditEvent> findByAppointmentTypeCode(String code, Pageable pageable);

	/**
	 * The changes recorded to take effect after the instant: by the partial index on the
	 * instant, whose condition is written here as a literal so that every plan can use
	 * it.
	 */
	@Query("""
			select e from AuditEvent e where e.effectiveFrom > ?1
			and e.action <> se.pmo.tidbok.admin.AuditTrail.Action.CANCEL_SCHEDULED_CHANGE""")
	List<AuditEvent> recordedAfter(Instant instant);

	/** The changes of one type recorded to take effect after the instant. */
	@Query("""
			select e from AuditEvent e where e.effectiveFrom > ?1 and e.appointmentTypeCode = ?2
			and e.action <> se.pmo.tidbok.admin.AuditTrail.Action.CANCEL_SCHEDULED_CHANGE""")
	List<AuditEvent> recordedAfter(Instant instant, String code);

	/** The changeset that made this version of the type, if one did. */
	@Query("""
			select e.changesetId from AuditEvent e
			where e.appointmentTypeCode = ?1 and e.typeVersion = ?2 and e.changesetId is not null
			and e.action <> se.pmo.tidbok.admin.AuditTrail.Action.CANCEL_SCHEDULED_CHANGE""")
	List<Long> changesetsOf(String code, long version);

}
