package org.baclofen.reference.cdshooks;

import java.util.List;

import org.baclofen.reference.titration.OralProduct;
import org.baclofen.reference.titration.PlanStep;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.MedicationRequest;
import tools.jackson.databind.JsonNode;

/**
 * Writes a suggested replacement for a draft order: the order as the client sent it, with
 * only its dosage instructions replaced, unless the ordered product cannot make the
 * suggested doses; then the suggestion changes the product too, and says so.
 */
public interface OrderReplacement {

	/**
	 * The product the order is for, as one the planner can build doses from, when the
	 * order names one precisely enough (a tablet strength); null otherwise.
	 */
	OralProduct orderedProduct(MedicationRequest order);

	/**
	 * The replacement order.
	 * @param steps the suggested plan
	 * @param dosages the plan as FHIR dosage instructions
	 */
	Replaced replace(MedicationRequest order, List<PlanStep> steps, List<Dosage> dosages);

	/**
	 * @param resource the replacement order as FHIR JSON in the client's version
	 * @param productChange empty, or the words that name a change of product (" with
	 * baclofen 5 mg tablets: ..."), appended to the suggestion's label
	 */
	record Replaced(JsonNode resource, String productChange) {
	}

}
