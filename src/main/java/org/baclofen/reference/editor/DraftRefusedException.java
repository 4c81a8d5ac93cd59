package org.baclofen.reference.editor;

import org.springframework.context.MessageSourceResolvable;

/**
 * A step on a draft that its rules do not allow (approving one's own draft, rejecting
 * without a comment, acting on a draft that is no longer pending...). Carries the message
 * that explains it to the editor.
 */
public class DraftRefusedException extends RuntimeException implements MessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final transient Object[] arguments;

	public DraftRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return this.messageKey;
	}

}
