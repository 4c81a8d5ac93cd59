/**
 * Safety: contraindications, warnings, precautions and the other items of the /safety
 * page, with their admin.
 */
package org.baclofen.reference.safety;
