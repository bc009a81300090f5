package org.passerelle.matchmaking.rotation;

import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import org.passerelle.matchmaking.Rotation;
import org.passerelle.matchmaking.Wish;

/**
 * Puts participants in the groups whose tables meet most of their wishes, the tables
 * kept: an exact minimum-cost flow (JGraphT) from participants to groups, each group
 * taking between the smallest and the largest balanced size. Gives the solver a start far
 * better than dealing people in turn.
 */
final class Regrouping {

	private Regrouping() {
	}

	static Rotation regroup(Rotation rotation, List<Wish> wishes) {
		int participants = rotation.participants();
		int groups = rotation.groups();
		if (participants == 0 || groups == 0) {
			return rotation;
		}
		int smallest = participants / groups;
		int largest = smallest + ((participants % groups == 0) ? 0 : 1);
		int[][] met = new int[participants][groups];
		for (Wish wish : wishes) {
			for (int g = 0; g < groups; g++) {
				for (int r = 0; r < rotation.rounds(); r++) {
					if (wish.tables().contains(rotation.tableAt(g, r))) {
						met[wish.participant()][g]++;
						break;
					}
				}
			}
		}
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		int source = participants + groups;
		int sink = source + 1;
		for (int v = 0; v <= sink; v++) {
			graph.addVertex(v);
		}
		int most = 0;
		for (int[] row : met) {
			for (int count : row) {
				most = Math.max(most, count);
			}
		}
		for (int p = 0; p < participants; p++) {
			graph.addEdge(source, p);
			for (int g = 0; g < groups; g++) {
				graph.setEdgeWeight(graph.addEdge(p, participants + g), most - met[p][g]);
			}
		}
		for (int g = 0; g < groups; g++) {
			graph.addEdge(participants + g, sink);
		}
		MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
				graph, (v) -> (v == source) ? participants : (v == sink) ? -participants : 0,
				(e) -> (graph.getEdgeSource(e) >= participants && graph.getEdgeSource(e) < source) ? largest : 1,
				(e) -> (graph.getEdgeSource(e) >= participants && graph.getEdgeSource(e) < source) ? smallest : 0);
		MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
			.getMinimumCostFlow(problem);
		int[] groupOf = new int[participants];
		for (int p = 0; p < participants; p++) {
			for (int g = 0; g < groups; g++) {
				if (flow.getFlow(graph.getEdge(p, participants + g)) > 0.5) {
					groupOf[p] = g;
				}
			}
		}
		return rotation.withGroups(groupOf);
	}

}
