package org.passerelle.matchmaking.rotation;

/**
 * A group of participants, with the sizes it may have so that groups stay balanced.
 *
 * @param index the group's number, from zero
 * @param smallest its smallest allowed size
 * @param largest its largest allowed size
 */
public record Group(int index, int smallest, int largest) {

}
