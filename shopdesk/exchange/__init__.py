"""Excel in and out (DESIGN §4.2, §4.4): the shop workbook, the bonus sheet and the year register.

openpyxl is imported inside the functions that need it, so start-up and
the command line stay light until a workbook is actually read or written.
"""
