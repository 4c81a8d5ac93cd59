package org.baclofen.reference.editor;

/**
 * A rejection without a comment, or a publication without review without a reason (or
 * either one too long): the person deciding has to say why, in words the drafter and the
 * history can keep.
 */
public class MissingNoteException extends DraftRefusedException {

	private static final long serialVersionUID = 1L;

	MissingNoteException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
