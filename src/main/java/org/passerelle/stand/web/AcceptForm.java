package org.passerelle.stand.web;

import java.util.HashMap;
import java.util.Map;

/** The stand numbers staff give an accepted stand, by session id. */
class AcceptForm {

	private Map<Long, String> numbers = new HashMap<>();

	private long version;

	public Map<Long, String> getNumbers() {
		return this.numbers;
	}

	public void setNumbers(Map<Long, String> numbers) {
		this.numbers = numbers;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
