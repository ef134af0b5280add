"""The meeting cycle between board meetings: requests out, returns in, a new copy of the plan.

leads finds each lead's open actions, request_form lays out the update request a lead fills in,
send_requests writes them, chase_list says who has returned, returns reads one back, and
return_matching works out what the returns add to the plan, with plan_rows (the plan's sheets
row by row), lineage (the record of returns collected) and copy_checks (the new copy keeps the
plan as it was); collect_returns writes the new copy.
"""
