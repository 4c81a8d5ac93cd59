/**
 * Uses of baclofen: the /indications pages, each use's status against the label and
 * strength of evidence.
 */
package org.baclofen.reference.indication;
