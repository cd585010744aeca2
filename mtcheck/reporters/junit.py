"""``--format junit``: one test case per finding (a failure) or per clean file (a pass), for CI dashboards."""
from __future__ import annotations

from xml.etree import ElementTree as ET

from mtcheck.model import Report


def render(report: Report, **_: object) -> str:
    root = ET.Element("testsuites", name="mtcheck", tests="0", failures="0")
    total = failures = 0
    for fr in report.files:
        suite = ET.SubElement(root, "testsuite", name=fr.path)
        cases = 0
        for f in fr.findings:
            case = ET.SubElement(suite, "testcase", classname=fr.path, name=f"{f.rule} {f.name} at {f.line}:{f.column}")
            failure = ET.SubElement(case, "failure", message=f.message, type=str(f.severity))
            failure.text = f"{fr.path}:{f.line}:{f.column}: {f.rule} {f.message}\n  {f.text}" + (
                f"\n  suggestion: {f.suggestion}" if f.suggestion else "")
            cases += 1
        if not fr.findings:
            ET.SubElement(suite, "testcase", classname=fr.path, name="no findings")
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(len(fr.findings)))
        total += cases
        failures += len(fr.findings)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
