package org.baclofen.reference.cdshooks;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * What a card is about, carried inside its uuid so that feedback on a card can be counted
 * by kind although the service stores nothing about the calls it answers. The uuid is a
 * version 8 (custom) UUID: its first byte is the kind's code, the other bits random.
 */
public enum CardKind {

	/** A dose, frequency or schedule finding on a baclofen order. */
	DOSE(1, "/dosing/oral"),

	/** The renal band lowers or caps the dose. */
	RENAL(2, "/dosing/renal"),

	/** Stopping: the taper rule. */
	TAPER(3, "/dosing/discontinuation"),

	/** An intrathecal order, which the oral rules do not check. */
	INTRATHECAL(4, "/dosing/intrathecal"),

	/** An interaction with another of the patient's medicines. */
	INTERACTION(5, "/interactions"),

	/** A warning or contraindication for a recorded condition or allergy. */
	CONDITION(6, "/safety"),

	/** Another baclofen order is active or drafted at the same time. */
	DUPLICATE_THERAPY(7, "/check"),

	/** A medicine whose name matched nothing stored. */
	UNRECOGNISED_MEDICINE(8, "/check"),

	/**
	 * A medicine code that could not be looked up, or an order that could not be read.
	 */
	UNREADABLE(9, "/check"),

	/** Data that could not be had (prefetch missing and not fetched). */
	NOT_CHECKED(10, "/check"),

	/** An as-needed order, checked as the most it allows a day. */
	AS_NEEDED(11, "/dosing/oral");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final int code;

	private final String page;

	CardKind(int code, String page) {
		this.code = code;
		this.page = page;
	}

	/** The app's page a clinician reads more on. */
	public String page() {
		return this.page;
	}

	/** A fresh random uuid that says this kind. */
	public UUID newUuid() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		bytes[0] = (byte) this.code;
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x80);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	/** The kind a card uuid says, when it is one this service issued. */
	public static Optional<CardKind> of(UUID uuid) {
		if (uuid.version() != 8 || uuid.variant() != 2) {
			return Optional.empty();
		}
		int code = (int) (uuid.getMostSignificantBits() >>> 56);
		return Arrays.stream(values()).filter((kind) -> kind.code == code).findFirst();
	}

}
