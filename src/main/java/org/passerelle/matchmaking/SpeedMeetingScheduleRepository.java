package org.passerelle.matchmaking;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpeedMeetingScheduleRepository extends JpaRepository<SpeedMeetingSchedule, Long> {

	Optional<SpeedMeetingSchedule> findBySessionId(long sessionId);

}
