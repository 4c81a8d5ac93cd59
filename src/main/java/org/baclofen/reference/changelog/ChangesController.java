package org.baclofen.reference.changelog;

import java.util.List;

import org.baclofen.reference.audit.PublishedRevisions;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What readers see of the editing history: the latest published changes site-wide (a page
 * and an Atom feed) and each item's own change log. Editors' names are never shown there;
 * the editors' own list of recent changes, under /admin, shows them.
 */
@Controller
class ChangesController {

	/**
	 * The site-wide page and the feed list this many changes; older ones stay in each
	 * item's change log.
	 */
	static final int RECENT = 50;

	/** The editors' list shows this many revisions. */
	static final int EDITORS_RECENT = 30;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ChangeLog changeLog;

	private final ContentAdmins admins;

	private final AtomFeed feed;

	private final PublishedRevisions revisions;

	ChangesController(ChangeLog changeLog, ContentAdmins admins, AtomFeed feed, PublishedRevisions revisions) {
		this.changeLog = changeLog;
		this.admins = admins;
		this.feed = feed;
		this.revisions = revisions;
	}

	@GetMapping("/changes")
	String changes(Model model) {
		model.addAttribute("changes", this.changeLog.recent(RECENT));
		model.addAttribute("recentLimit", RECENT);
		return "changes/changes";
	}

	/** The editors' list: the same changes, revision by revision, with who made them. */
	@GetMapping("/admin/changes")
	String editorsChanges(Model model) {
		model.addAttribute("revisions", this.changeLog.recentRevisions(EDITORS_RECENT));
		return "admin/changes";
	}

	@GetMapping("/changes.atom")
	ResponseEntity<String> atom() {
		List<PublishedChange> changes = this.changeLog.recent(RECENT);
		return ResponseEntity.ok().contentType(ATOM).body(this.feed.of(changes, this.revisions.current().latestAt()));
	}

	/**
	 * @param id read only when it is a plausible id, as anyone can put anything in the
	 * address
	 */
	@GetMapping("/changes/{kind}/{id}")
	String item(@PathVariable String kind, @PathVariable String id, Model model) {
		if (!id.matches("[1-9][0-9]{0,17}")) {
			throw new NotFoundException("Change log " + kind);
		}
		ContentAdmin<?, ?> admin = this.admins.get(kind);
		ChangeLog.ItemLog log = this.changeLog.ofItem(admin, Long.parseLong(id))
			.orElseThrow(() -> new NotFoundException("Change log " + kind + " " + id));
		model.addAttribute("kind", kind);
		model.addAttribute("log", log);
		return "changes/item";
	}

}
