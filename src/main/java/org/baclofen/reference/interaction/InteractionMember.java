package org.baclofen.reference.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A drug name (generic or brand) that belongs to an interacting drug or class.
 */
@Embeddable
public class InteractionMember implements Comparable<InteractionMember> {

	@Column(nullable = false)
	private String name;

	private boolean brand;

	protected InteractionMember() {
	}

	public InteractionMember(String name, boolean brand) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A member drug needs a name");
		}
		this.name = name.strip();
		this.brand = brand;
	}

	public String getName() {
		return this.name;
	}

	public boolean isBrand() {
		return this.brand;
	}

	@Override
	public int compareTo(InteractionMember other) {
		return String.CASE_INSENSITIVE_ORDER.compare(this.name, other.name);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof InteractionMember member && this.name.equals(member.name));
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

}
