package org.baclofen.reference.editor;

/**
 * A draft whose stored values cannot be read back into its kind's form as it is now
 * without losing something: written with an older set of fields that cannot be upgraded,
 * with a field the form no longer has, or by a newer version of the site. Nothing is
 * published from it; the message tells the reviewer to send it back.
 */
public class DraftUnreadableException extends DraftRefusedException {

	private static final long serialVersionUID = 1L;

	DraftUnreadableException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
