"""The officers' side: the workbook they keep, from its bytes on disk to the typed plan.

file_checks (is it a workbook we can open?) -> xlsx (cells, styles and links, via openpyxl) ->
reader (sheets and columns named by the schema, each cell parsed by cells) -> the model.
The same schema lays out the blank workbook (blank) and the example plan (example).

Between meetings: leads finds each lead's open actions, request_form lays out the update
request a lead fills in, returns reads one back, and return_matching works out what the returns
add to the plan, with plan_rows (the plan's sheets row by row), lineage (the record of returns
collected) and copy_checks (the new copy keeps the plan as it was).
"""
