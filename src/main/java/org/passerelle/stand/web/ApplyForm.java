package org.passerelle.stand.web;

import org.jspecify.annotations.Nullable;

/** A liaison's application: which stand type, alone or to share it. */
class ApplyForm {

	@Nullable private Long typeId;

	private boolean shared;

	@Nullable public Long getTypeId() {
		return this.typeId;
	}

	public void setTypeId(@Nullable Long typeId) {
		this.typeId = typeId;
	}

	public boolean isShared() {
		return this.shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

}
