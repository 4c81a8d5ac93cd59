package org.baclofen.reference.titration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/titration")
class TitrationController {

	private static final int EMPTY_ROWS = 3;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final TitrationService titration;

	private final IntrathecalCheckService intrathecal;

	private final PatientHandouts handouts;

	private final Clock clock;

	TitrationController(TitrationService titration, IntrathecalCheckService intrathecal, PatientHandouts handouts,
			Clock clock) {
		this.titration = titration;
		this.intrathecal = intrathecal;
		this.handouts = handouts;
		this.clock = clock;
	}

	/**
	 * A plan from a link: only the inputs that say nothing about the patient are taken
	 * from an address. Kidney inputs in the address (an old bookmark) make no plan; the
	 * form shows them, to be sent from the form.
	 */
	@GetMapping("/plan")
	String plan(@Valid @ModelAttribute("planRequest") PlanRequest request, BindingResult result, Model model,
			HttpServletRequest http) {
		if (request.hasPatientInputs()) {
			result.reject("plan.kidneyInAddress");
		}
		showPlan(model, result, request, http.getRequestURI());
		return "titration/plan";
	}

	/**
	 * A plan from the form: kidney inputs come in the body, so they stay out of history
	 * and logs.
	 */
	@PostMapping("/plan")
	String postedPlan(@Valid @ModelAttribute("planRequest") PlanRequest request, BindingResult result, Model model,
			HttpServletRequest http) {
		showPlan(model, result, request, http.getRequestURI());
		return "titration/plan";
	}

	@RequestMapping(path = "/plan.csv", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> planCsv(@Valid @ModelAttribute PlanRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(planOrNull(request, result, http), request.shareableInputs(), "/titration/plan",
				"baclofen-plan.csv", CSV, (plan) -> utf8(PlanExport.csv(plan.steps())));
	}

	@RequestMapping(path = "/plan.ics", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> planIcs(@Valid @ModelAttribute PlanRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(planOrNull(request, result, http), request.shareableInputs(), "/titration/plan",
				"baclofen-plan.ics", CALENDAR, (plan) -> utf8(PlanExport.ics(plan.steps(), Instant.now(this.clock))));
	}

	@GetMapping(path = "/taper", params = "!currentDoseMg")
	String taperForm(Model model) {
		model.addAttribute("taperRequest", new TaperRequest());
		model.addAttribute("rules", this.titration.rules());
		return "titration/taper";
	}

	/**
	 * A taper from a link: only the inputs that say nothing about the patient are taken
	 * from an address; kidney function or age there makes no taper, and the form shows
	 * them to be sent from the form.
	 */
	@GetMapping(path = "/taper", params = "currentDoseMg")
	String taper(@Valid @ModelAttribute("taperRequest") TaperRequest request, BindingResult result, Model model) {
		if (request.hasPatientInputs()) {
			result.reject("plan.kidneyInAddress");
		}
		showTaper(model, result, request);
		return "titration/taper";
	}

	/** A taper from the form: kidney function and age come in the body. */
	@PostMapping("/taper")
	String postedTaper(@Valid @ModelAttribute("taperRequest") TaperRequest request, BindingResult result, Model model) {
		showTaper(model, result, request);
		return "titration/taper";
	}

	private void showTaper(Model model, BindingResult result, TaperRequest request) {
		TitrationService.DatedPlan plan = orRejected(result, () -> this.titration.taper(request));
		model.addAttribute("rules", (plan != null) ? plan.stored() : this.titration.rules());
		if (plan != null) {
			model.addAttribute("plan", plan);
			model.addAttribute("inputs", request.inputs());
			if (!request.hasPatientInputs()) {
				model.addAttribute("shareLink", link("/titration/taper", request.shareableInputs()));
			}
		}
	}

	@RequestMapping(path = "/taper.csv", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> taperCsv(@Valid @ModelAttribute TaperRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(taperOrNull(request, result, http), request.shareableInputs(), "/titration/taper",
				"baclofen-taper.csv", CSV, (plan) -> utf8(PlanExport.csv(plan.steps())));
	}

	@RequestMapping(path = "/taper.ics", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> taperIcs(@Valid @ModelAttribute TaperRequest request, BindingResult result,
			HttpServletRequest http) {
		return download(taperOrNull(request, result, http), request.shareableInputs(), "/titration/taper",
				"baclofen-taper.ics", CALENDAR, (plan) -> utf8(PlanExport.ics(plan.steps(), Instant.now(this.clock))));
	}

	/**
	 * The patient's handout of a plan, as a page to print: plain words, no clinical
	 * reasoning, no identifiers.
	 */
	@RequestMapping(path = "/plan/handout", method = { RequestMethod.GET, RequestMethod.POST })
	String planHandout(@Valid @ModelAttribute PlanRequest request, BindingResult result,
			@RequestParam(defaultValue = "LETTER") PatientHandouts.Paper paper, Model model, HttpServletRequest http) {
		TitrationService.DatedPlan plan = planOrNull(request, result, http);
		if (plan == null) {
			return "redirect:" + link("/titration/plan", request.shareableInputs());
		}
		return handoutPage(model, this.handouts.of(plan, false), paper, "/titration/plan",
				request.hasPatientInputs() ? "post" : "get", request.inputs());
	}

	@RequestMapping(path = "/plan/handout.pdf", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> planHandoutPdf(@Valid @ModelAttribute PlanRequest request, BindingResult result,
			@RequestParam(defaultValue = "LETTER") PatientHandouts.Paper paper, Locale locale,
			HttpServletRequest http) {
		return download(planOrNull(request, result, http), request.shareableInputs(), "/titration/plan",
				"baclofen-plan-handout.pdf", MediaType.APPLICATION_PDF,
				(plan) -> this.handouts.pdf(this.handouts.of(plan, false), paper, locale));
	}

	@RequestMapping(path = "/taper/handout", method = { RequestMethod.GET, RequestMethod.POST })
	String taperHandout(@Valid @ModelAttribute TaperRequest request, BindingResult result,
			@RequestParam(defaultValue = "LETTER") PatientHandouts.Paper paper, Model model, HttpServletRequest http) {
		TitrationService.DatedPlan plan = taperOrNull(request, result, http);
		if (plan == null) {
			return "redirect:" + link("/titration/taper", request.shareableInputs());
		}
		return handoutPage(model, this.handouts.of(plan, true), paper, "/titration/taper",
				request.hasPatientInputs() ? "post" : "get", request.inputs());
	}

	@RequestMapping(path = "/taper/handout.pdf", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> taperHandoutPdf(@Valid @ModelAttribute TaperRequest request, BindingResult result,
			@RequestParam(defaultValue = "LETTER") PatientHandouts.Paper paper, Locale locale,
			HttpServletRequest http) {
		return download(taperOrNull(request, result, http), request.shareableInputs(), "/titration/taper",
				"baclofen-taper-handout.pdf", MediaType.APPLICATION_PDF,
				(plan) -> this.handouts.pdf(this.handouts.of(plan, true), paper, locale));
	}

	private static String handoutPage(Model model, PatientHandout handout, PatientHandouts.Paper paper, String path,
			String method, Map<String, String> inputs) {
		model.addAttribute("handout", handout);
		model.addAttribute("paper", paper);
		model.addAttribute("pdf", false);
		model.addAttribute("path", path);
		model.addAttribute("method", method);
		model.addAttribute("inputs", inputs);
		return PatientHandouts.TEMPLATE;
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

	// Adding or removing a row keeps what was typed, including input that is not yet
	// valid; the binding
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
	 * The plan (with the rules that made it) when the inputs make one; otherwise the
	 * errors, next to the rules as stored now so the form can still state them. A plan
	 * made from kidney inputs gets no link.
	 */
	private void showPlan(Model model, BindingResult result, PlanRequest request, String path) {
		TitrationService.DatedPlan plan = orRejected(result, () -> this.titration.plan(request));
		model.addAttribute("rules", (plan != null) ? plan.stored() : this.titration.rules());
		if (plan != null) {
			model.addAttribute("plan", plan);
			model.addAttribute("inputs", request.inputs());
			if (!request.hasPatientInputs()) {
				Map<String, String> shared = new LinkedHashMap<>(request.shareableInputs());
				shared.put("start", plan.start().toString());
				model.addAttribute("shareLink", link(path, shared));
			}
		}
	}

	/**
	 * The plan for a download: none when the inputs are invalid, refused, or put kidney
	 * function in an address.
	 */
	private TitrationService.DatedPlan planOrNull(PlanRequest request, BindingResult result, HttpServletRequest http) {
		if ("GET".equals(http.getMethod()) && request.hasPatientInputs()) {
			return null;
		}
		return orRejected(result, () -> this.titration.plan(request));
	}

	/** The same for a taper. */
	private TitrationService.DatedPlan taperOrNull(TaperRequest request, BindingResult result,
			HttpServletRequest http) {
		if ("GET".equals(http.getMethod()) && request.hasPatientInputs()) {
			return null;
		}
		return orRejected(result, () -> this.titration.taper(request));
	}

	/** The plan, or null with the refusal recorded against the input at fault. */
	private static TitrationService.DatedPlan orRejected(BindingResult result,
			Supplier<TitrationService.DatedPlan> planning) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			return planning.get();
		}
		catch (PlanRefusedException refused) {
			result.rejectValue(refused.field(), "titration.refused", refused.getMessage());
			return null;
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A link to a page with these inputs as its query. */
	private static String link(String path, Map<String, String> inputs) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		inputs.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}

	/**
	 * A download of a plan, or back to the form when there is none to download: with the
	 * inputs a link may carry, so the form shows what went wrong without putting kidney
	 * inputs in the address.
	 */
	private static ResponseEntity<byte[]> download(TitrationService.DatedPlan plan, Map<String, String> linkable,
			String formPath, String filename, MediaType mediaType,
			Function<TitrationService.DatedPlan, byte[]> render) {
		if (plan == null) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, link(formPath, linkable))
				.build();
		}
		return ResponseEntity.ok()
			.contentType(mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(render.apply(plan));
	}

}
