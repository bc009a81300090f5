package org.passerelle.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every record people edit: an identity, who created and last changed it and
 * when, and a version that refuses a save made over someone else's newer change.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@Version
	private long version;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	@Nullable private Instant createdAt;

	@CreatedBy
	@Column(updatable = false)
	@Nullable private String createdBy;

	@LastModifiedDate
	@Column(nullable = false)
	@Nullable private Instant updatedAt;

	@LastModifiedBy
	@Nullable private String updatedBy;

	@Nullable public Long getId() {
		return this.id;
	}

	public boolean isNew() {
		return this.id == null;
	}

	public long getVersion() {
		return this.version;
	}

	@Nullable public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable public String getCreatedBy() {
		return this.createdBy;
	}

	@Nullable public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Nullable public String getUpdatedBy() {
		return this.updatedBy;
	}

}
