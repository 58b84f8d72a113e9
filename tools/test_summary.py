#!/usr/bin/env python3
"""Counts every test case a `bazel test` run executed, from the JUnit XML files Bazel keeps per test target.

usage: test_summary.py [--testlogs DIR [--tag TAG] LABEL...]... [--extra NAME=passed|failed]...

A GoogleTest binary or the language-test runner writes one <testcase> per test; a test target that writes no XML
of its own gets Bazel's generated file with one <testcase>. Prints a line per failed case, one line per target,
and finally `N passed, N failed` (counting the extra checks, e.g. the remote-cache check, too).
"""
import os
import sys
import xml.etree.ElementTree as ET


def target_dir(testlogs, label):
    package, _, name = label.lstrip("/").partition(":")
    return os.path.join(testlogs, package, name)


def count_cases(xml_path):
    passed, failed, skipped, failures = 0, 0, 0, []
    root = ET.parse(xml_path).getroot()
    for case in root.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
            failures.append(case.get("classname", "") + "." + case.get("name", ""))
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped, failures


def main(argv):
    testlogs, tag = None, ""
    targets, extras = [], []  # targets: (testlogs dir, tag, label)
    it = iter(argv)
    for arg in it:
        if arg == "--extra":
            name, _, outcome = next(it).partition("=")
            extras.append((name, outcome))
        elif arg == "--testlogs":
            testlogs, tag = next(it), ""
        elif arg == "--tag":
            tag = next(it) + " "
        else:
            targets.append((testlogs, tag, arg))
    total_passed = total_failed = total_skipped = 0
    for testlogs, tag, label in targets:
        d = target_dir(testlogs, label)
        label = tag + label
        xml_path = os.path.join(d, "test.xml")
        log_path = os.path.join(d, "test.log")
        if not os.path.exists(xml_path):
            print("%-60s NO RESULT" % label)
            total_failed += 1
            continue
        passed, failed, skipped, failures = count_cases(xml_path)
        if passed + failed == 0 and skipped == 0:
            # An XML with no cases: trust the log's verdict line Bazel wrote.
            failed = 1
        status = "PASSED" if failed == 0 else "FAILED"
        extra = (", %d skipped" % skipped) if skipped else ""
        print("%-60s %s (%d passed, %d failed%s)" % (label, status, passed, failed, extra))
        for f in failures[:20]:
            print("    failed: " + f)
        if failed and os.path.exists(log_path):
            print("    log: " + log_path)
        total_passed += passed
        total_failed += failed
        total_skipped += skipped
    for name, outcome in extras:
        print("%-60s %s" % (name, outcome.upper()))
        if outcome == "passed":
            total_passed += 1
        else:
            total_failed += 1
    line = "%d passed, %d failed" % (total_passed, total_failed)
    if total_skipped:
        line += ", %d skipped" % total_skipped
    print(line)
    return 0 if total_failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
