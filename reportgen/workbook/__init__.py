"""The officers' side: the workbook they keep, from its bytes on disk to the typed plan.

file_checks (is it a workbook we can open?) -> xlsx (cells, styles and links, via openpyxl) ->
reader (sheets and columns named by the schema, each cell parsed by cells) -> the model.
The same schema lays out the blank workbook (blank) and the example plan (example).
"""
