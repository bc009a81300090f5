package org.passerelle.convention;

import org.springframework.data.repository.ListCrudRepository;

interface DocumentContentRepository extends ListCrudRepository<DocumentContent, Long> {

}
