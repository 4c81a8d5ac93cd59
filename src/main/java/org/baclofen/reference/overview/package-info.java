/**
 * The drug itself: the summary home page, pharmacology, and the checked claims (/claims),
 * with their admins.
 */
package org.baclofen.reference.overview;
