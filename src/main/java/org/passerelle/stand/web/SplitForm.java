package org.passerelle.stand.web;

import java.util.HashMap;
import java.util.Map;

import org.passerelle.stand.Split;

/** How the lead splits the fee: equally, or by a share for each company. */
class SplitForm {

	private Split split = Split.EQUAL;

	private Map<Long, Integer> shares = new HashMap<>();

	private long version;

	public Split getSplit() {
		return this.split;
	}

	public void setSplit(Split split) {
		this.split = split;
	}

	public Map<Long, Integer> getShares() {
		return this.shares;
	}

	public void setShares(Map<Long, Integer> shares) {
		this.shares = shares;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
