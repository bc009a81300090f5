package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.List;

/**
 * How full a site is over the coming weeks: desks taken each day, offices taken and
 * meeting-room hours booked each week.
 *
 * @param desks the site's desks
 * @param offices the site's offices
 * @param weeks one row per week, from Monday
 */
public record Occupancy(int desks, int offices, List<Week> weeks) {

	/**
	 * One week: the desks taken on each of its seven days, the offices taken on at least
	 * one of its days, the meeting-room hours booked.
	 */
	public record Week(LocalDate monday, List<Day> days, int officesTaken, long roomHours) {

	}

	/** One day and the desks taken on it. */
	public record Day(LocalDate date, int desksTaken, int desks) {

		/** How full the day is, from 0 to 4, for its shade in the calendar. */
		public int level() {
			if (this.desks == 0 || this.desksTaken == 0) {
				return 0;
			}
			int percent = this.desksTaken * 100 / this.desks;
			return (percent >= 100) ? 4 : (percent >= 75) ? 3 : (percent >= 40) ? 2 : 1;
		}

		public int free() {
			return Math.max(0, this.desks - this.desksTaken);
		}

	}

}
