package org.baclofen.reference.content;

/**
 * How baclofen is given. {@code BOTH} marks items that apply to oral and intrathecal use
 * alike.
 */
public enum Route {

	ORAL, INTRATHECAL, BOTH

}
