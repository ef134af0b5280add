"""The officers' plan: from the workbook's sheets to the typed model, and the workbooks from it.

reader (sheets and columns named by the schema, each cell parsed by cells, through tables and
records) -> model (the plan as frozen dataclasses). The same schema lays out the blank workbook
(blank_workbook) and the example plan (example); frameworks holds the inspection frameworks.
The file itself is opened and read in excel/; the meeting cycle lives in updates/.
"""
