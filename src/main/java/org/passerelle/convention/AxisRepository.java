package org.passerelle.convention;

import org.springframework.data.jpa.repository.JpaRepository;

interface AxisRepository extends JpaRepository<Axis, Long> {

}
