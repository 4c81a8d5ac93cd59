-- The Source entity moved from the source package to content (it is what all content cites, and the move
-- breaks an import cycle). Envers records each revision's changed entities by class name; the recent-changes
-- page finds a revision's kind by that name, so the names already recorded follow the class.
update audit_revision_entity
set entity_name = 'org.baclofen.reference.content.Source'
where entity_name = 'org.baclofen.reference.source.Source';
