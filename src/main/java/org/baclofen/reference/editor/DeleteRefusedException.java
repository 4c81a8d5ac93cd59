package org.baclofen.reference.editor;

import org.springframework.context.MessageSourceResolvable;

/**
 * A delete the content does not allow now, such as a source that facts still cite;
 * nothing was deleted.
 */
public class DeleteRefusedException extends RuntimeException {

	private final transient MessageSourceResolvable reason;

	DeleteRefusedException(MessageSourceResolvable reason) {
		super(reason.getCodes()[0]);
		this.reason = reason;
	}

	/** Why, as a message for the editor. */
	public MessageSourceResolvable reason() {
		return this.reason;
	}

}
