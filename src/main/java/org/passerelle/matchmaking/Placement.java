package org.passerelle.matchmaking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Places participants in a session's workshops by their ranked choices, exactly:
 * <ol>
 * <li>those who ranked workshops come first: as many of them are placed as there are
 * places, with as many first choices as possible, then as many second choices, then third
 * (a minimum-cost flow with JGraphT whose costs make the order strict: with {@code M} one
 * more than the people ranking, a first choice costs 0, a second {@code M² − M}, a third
 * {@code M² − 1}, any other workshop {@code M²});</li>
 * <li>tie rule — earlier registration wins: among equally good placements, two people
 * swap places whenever that gives the one who registered earlier a better choice and
 * leaves the counts of first, second and third choices as they are;</li>
 * <li>those who ranked nothing fill the places left, in registration order, each in the
 * workshop with the most places left (the first such in the session's order).</li>
 * </ol>
 * Only the first three choices count; people are indexed in registration order.
 */
public final class Placement {

	/** The rank of someone placed in a workshop they did not rank, or not placed. */
	public static final int UNRANKED = 0;

	/** Someone's workshop when no place was left. */
	public static final int NONE = -1;

	private static final int CHOICES = 3;

	private final int[] workshopOf;

	private final int[] rankOf;

	private Placement(int[] workshopOf, int[] rankOf) {
		this.workshopOf = workshopOf;
		this.rankOf = rankOf;
	}

	/**
	 * @param capacities each workshop's number of places
	 * @param rankings each person's workshops, best first (empty if they ranked none), in
	 * registration order
	 */
	public static Placement of(int[] capacities, List<List<Integer>> rankings) {
		int people = rankings.size();
		int[] workshopOf = new int[people];
		Arrays.fill(workshopOf, NONE);
		List<Integer> rankers = new ArrayList<>();
		for (int p = 0; p < people; p++) {
			if (!rankings.get(p).isEmpty()) {
				rankers.add(p);
			}
		}
		int[] left = capacities.clone();
		placeRankers(capacities, rankings, rankers, workshopOf);
		earlierRegistrationWins(rankings, rankers, workshopOf);
		for (int p = 0; p < people; p++) {
			if (workshopOf[p] != NONE) {
				left[workshopOf[p]]--;
			}
		}
		for (int p = 0; p < people; p++) {
			if (rankings.get(p).isEmpty()) {
				int most = NONE;
				for (int w = 0; w < left.length; w++) {
					if (left[w] > 0 && (most == NONE || left[w] > left[most])) {
						most = w;
					}
				}
				if (most != NONE) {
					workshopOf[p] = most;
					left[most]--;
				}
			}
		}
		int[] rankOf = new int[people];
		for (int p = 0; p < people; p++) {
			rankOf[p] = rank(rankings.get(p), workshopOf[p]);
		}
		return new Placement(workshopOf, rankOf);
	}

	private static void placeRankers(int[] capacities, List<List<Integer>> rankings, List<Integer> rankers,
			int[] workshopOf) {
		int places = Arrays.stream(capacities).sum();
		int supply = Math.min(rankers.size(), places);
		if (supply == 0) {
			return;
		}
		long m = rankers.size() + 1L;
		int workshops = capacities.length;
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		int source = rankers.size() + workshops;
		int sink = source + 1;
		for (int v = 0; v <= sink; v++) {
			graph.addVertex(v);
		}
		for (int i = 0; i < rankers.size(); i++) {
			graph.addEdge(source, i);
			List<Integer> ranking = rankings.get(rankers.get(i));
			for (int w = 0; w < workshops; w++) {
				long cost = switch (rank(ranking, w)) {
					case 1 -> 0;
					case 2 -> m * m - m;
					case 3 -> m * m - 1;
					default -> m * m;
				};
				graph.setEdgeWeight(graph.addEdge(i, rankers.size() + w), cost);
			}
		}
		for (int w = 0; w < workshops; w++) {
			graph.addEdge(rankers.size() + w, sink);
		}
		int firstWorkshop = rankers.size();
		MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
			.getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
					(v) -> (v == source) ? supply : (v == sink) ? -supply : 0, (e) -> {
						int from = graph.getEdgeSource(e);
						return (from >= firstWorkshop && from < source) ? capacities[from - firstWorkshop] : 1;
					}));
		for (int i = 0; i < rankers.size(); i++) {
			for (int w = 0; w < workshops; w++) {
				if (flow.getFlow(graph.getEdge(i, firstWorkshop + w)) > 0.5) {
					workshopOf[rankers.get(i)] = w;
				}
			}
		}
	}

	/**
	 * Swaps two rankers' places (or a place and no place) while that gives the earlier
	 * one a better choice and keeps the pair's choices as a whole.
	 */
	private static void earlierRegistrationWins(List<List<Integer>> rankings, List<Integer> rankers, int[] workshopOf) {
		boolean swapped = true;
		while (swapped) {
			swapped = false;
			for (int a = 0; a < rankers.size(); a++) {
				for (int b = a + 1; b < rankers.size(); b++) {
					int earlier = rankers.get(a);
					int later = rankers.get(b);
					int now = order(rank(rankings.get(earlier), workshopOf[earlier]), workshopOf[earlier]);
					int theirs = order(rank(rankings.get(later), workshopOf[later]), workshopOf[later]);
					int earlierAfter = order(rank(rankings.get(earlier), workshopOf[later]), workshopOf[later]);
					int laterAfter = order(rank(rankings.get(later), workshopOf[earlier]), workshopOf[earlier]);
					boolean sameChoices = (now == laterAfter && theirs == earlierAfter)
							|| (now == earlierAfter && theirs == laterAfter);
					if (sameChoices && earlierAfter < now) {
						int kept = workshopOf[earlier];
						workshopOf[earlier] = workshopOf[later];
						workshopOf[later] = kept;
						swapped = true;
					}
				}
			}
		}
	}

	/** A rank as a number to compare: 1 to 3, then an unranked workshop, then none. */
	private static int order(int rank, int workshop) {
		if (workshop == NONE) {
			return CHOICES + 2;
		}
		return (rank == UNRANKED) ? CHOICES + 1 : rank;
	}

	/** Which choice the workshop is for this person (1 to 3), or {@link #UNRANKED}. */
	static int rank(List<Integer> ranking, int workshop) {
		if (workshop == NONE) {
			return UNRANKED;
		}
		for (int i = 0; i < Math.min(CHOICES, ranking.size()); i++) {
			if (ranking.get(i) == workshop) {
				return i + 1;
			}
		}
		return UNRANKED;
	}

	/** The person's workshop, or {@link #NONE}. */
	public int workshopOf(int person) {
		return this.workshopOf[person];
	}

	/** Which of their choices the person got (1 to 3), or {@link #UNRANKED}. */
	public int rankOf(int person) {
		return this.rankOf[person];
	}

	public int people() {
		return this.workshopOf.length;
	}

	/** How many got their choice of this rank (1 to 3). */
	public int countOfRank(int rank) {
		return (int) Arrays.stream(this.rankOf).filter((r) -> r == rank).count();
	}

}
