/**
 * Adverse effects: the /adverse-effects page and the kind's admin.
 */
package org.baclofen.reference.adverse;
