package org.passerelle.convention;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<ActionComment, Long> {

}
