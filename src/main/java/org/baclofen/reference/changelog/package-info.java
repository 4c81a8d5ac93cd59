/**
 * What changed and when: public change logs per item, the /changes list and its Atom
 * feed, and the editors' list of items due for re-review.
 */
package org.baclofen.reference.changelog;
