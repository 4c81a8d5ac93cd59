package org.baclofen.reference.titration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

@Controller
@RequestMapping("/titration")
class TitrationController {

	private static final int EMPTY_ROWS = 3;

	private final TitrationService titration;

	private final IntrathecalCheckService intrathecal;

	TitrationController(TitrationService titration, IntrathecalCheckService intrathecal) {
		this.titration = titration;
		this.intrathecal = intrathecal;
	}

	@GetMapping("/plan")
	String plan(@Valid @ModelAttribute("planRequest") PlanRequest request, BindingResult result, Model model,
			HttpServletRequest http) {
		showPlan(model, result, () -> this.titration.plan(request), http);
		return "titration/plan";
	}

	@GetMapping("/plan.csv")
	ResponseEntity<String> planCsv(@Valid @ModelAttribute PlanRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(result, http, "/titration/plan", () -> this.titration.plan(request), "baclofen-plan.csv",
				"text/csv", (plan) -> PlanExport.csv(plan.steps()));
	}

	@GetMapping("/plan.ics")
	ResponseEntity<String> planIcs(@Valid @ModelAttribute PlanRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(result, http, "/titration/plan", () -> this.titration.plan(request), "baclofen-plan.ics",
				"text/calendar", (plan) -> PlanExport.ics(plan.steps(), Instant.now()));
	}

	@GetMapping(path = "/taper", params = "!currentDoseMg")
	String taperForm(Model model) {
		model.addAttribute("taperRequest", new TaperRequest());
		model.addAttribute("rules", this.titration.rules());
		return "titration/taper";
	}

	@GetMapping(path = "/taper", params = "currentDoseMg")
	String taper(@Valid @ModelAttribute("taperRequest") TaperRequest request, BindingResult result, Model model,
			HttpServletRequest http) {
		showPlan(model, result, () -> this.titration.taper(request), http);
		return "titration/taper";
	}

	@GetMapping("/taper.csv")
	ResponseEntity<String> taperCsv(@Valid @ModelAttribute TaperRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(result, http, "/titration/taper", () -> this.titration.taper(request), "baclofen-taper.csv",
				"text/csv", (plan) -> PlanExport.csv(plan.steps()));
	}

	@GetMapping("/taper.ics")
	ResponseEntity<String> taperIcs(@Valid @ModelAttribute TaperRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(result, http, "/titration/taper", () -> this.titration.taper(request), "baclofen-taper.ics",
				"text/calendar", (plan) -> PlanExport.ics(plan.steps(), Instant.now()));
	}

	@GetMapping(path = "/intrathecal", params = "!currentMcgPerDay")
	String intrathecalForm(Model model) {
		model.addAttribute("intrathecalCheckRequest", new IntrathecalCheckRequest());
		return intrathecalPage(model);
	}

	@GetMapping(path = "/intrathecal", params = "currentMcgPerDay")
	String intrathecal(@Valid @ModelAttribute IntrathecalCheckRequest request, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("checked", this.intrathecal.check(request));
		}
		return intrathecalPage(model);
	}

	private String intrathecalPage(Model model) {
		model.addAttribute("screeningDoses", this.intrathecal.screeningDoses());
		model.addAttribute("origins", org.baclofen.reference.dosing.SpasticityOrigin.values());
		model.addAttribute("ageGroups", org.baclofen.reference.dosing.AgeGroup.values());
		model.addAttribute("phases", org.baclofen.reference.dosing.IntrathecalTitrationLimit.Phase.values());
		return "titration/intrathecal";
	}

	@GetMapping("/check")
	String checkForm(Model model) {
		PlanCheckRequest request = new PlanCheckRequest();
		for (int i = 0; i < EMPTY_ROWS; i++) {
			request.getSteps().add(new StepInput());
		}
		model.addAttribute("planCheckRequest", request);
		model.addAttribute("rules", this.titration.rules());
		return "titration/check";
	}

	// Adding or removing a row keeps what was typed, including input that is not yet valid; the binding
	// result carries it back to the form. Validation waits for the check itself.
	@PostMapping(path = "/check", params = "addRow")
	String addRow(@ModelAttribute PlanCheckRequest request, BindingResult result, Model model) {
		if (request.getSteps().size() < PlanCheckRequest.MAX_STEPS) {
			request.getSteps().add(new StepInput());
		}
		model.addAttribute("rules", this.titration.rules());
		return "titration/check";
	}

	@PostMapping(path = "/check", params = "removeRow")
	String removeRow(@ModelAttribute PlanCheckRequest request, BindingResult result, @RequestParam int removeRow,
			Model model) {
		if (removeRow >= 0 && removeRow < request.getSteps().size() && request.getSteps().size() > 1) {
			request.getSteps().remove(removeRow);
		}
		model.addAttribute("rules", this.titration.rules());
		return "titration/check";
	}

	@PostMapping("/check")
	String check(@Valid @ModelAttribute PlanCheckRequest request, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("rules", this.titration.rules());
		}
		else {
			TitrationService.CheckedPlan checked = this.titration.check(request);
			model.addAttribute("checked", checked);
			model.addAttribute("rules", checked.stored());
		}
		return "titration/check";
	}

	/**
	 * The plan (with the rules that made it) when the inputs make one; otherwise the errors, next to the rules
	 * as stored now so the form can still state them.
	 */
	private void showPlan(Model model, BindingResult result, Supplier<TitrationService.DatedPlan> planning,
			HttpServletRequest http) {
		TitrationService.DatedPlan plan = null;
		if (!result.hasErrors()) {
			try {
				plan = planning.get();
			}
			catch (PlanRefusedException refused) {
				result.rejectValue(refused.field(), "titration.refused", refused.getMessage());
			}
		}
		model.addAttribute("rules", (plan != null) ? plan.stored() : this.titration.rules());
		if (plan != null) {
			model.addAttribute("plan", plan);
			model.addAttribute("query", query(http));
		}
	}

	/** The request's parameters as a query string, so downloads and redirects carry the same inputs. */
	private static String query(HttpServletRequest http) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		http.getParameterMap().forEach((name, values) -> builder.queryParam(name, (Object[]) values));
		String query = builder.encode().build().getQuery();
		return (query == null) ? "" : query;
	}

	/** A download of a plan, or back to the form (which shows the errors) when the inputs are invalid. */
	private <T> ResponseEntity<String> download(BindingResult result, HttpServletRequest http, String formPath,
			Supplier<T> plan, String filename, String mediaType, Function<T, String> render) {
		String body = null;
		if (!result.hasErrors()) {
			try {
				body = render.apply(plan.get());
			}
			catch (PlanRefusedException refused) {
				body = null;
			}
		}
		if (body == null) {
			String query = query(http);
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, formPath + (query.isEmpty() ? "" : "?" + query))
				.build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
