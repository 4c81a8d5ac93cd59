/**
 * Who changed what and when: the Envers revision with its editor, and the latest
 * published revision that cached pages are stamped with.
 */
package org.baclofen.reference.audit;
