// The string format checks of src/validation/formats.ts answer as ajv-formats 3.0.1's own (the oracle: no answer is
// typed here) on a fixed corpus that tells each check apart from its mutants, which formats.test.ts's random inputs
// left alive: weapon-regex's mutants of the copied regexes (level 1, the ones Stryker makes, and levels 2-3) and
// Stryker's of the leap-year and leap-second arithmetic.
// Left alive, equivalent (checked one by one on 2026-12-01: 136 of 153 survivors killed): URI host forms (an IPv4
// `{3}` or `?` dropped; `a://host…` also reads as scheme, "/", empty host and a path, which allows every character
// a host does, so only a bracketed literal exposes a host mutant), FAST_URI's `\/?\/` → `\/\/` (`[^\s]*` takes
// the slashes), TIME's zone made required (full_date_time refuses a missing zone anyway), `-year` (leap years are
// symmetric), the month checks (DAYS[0] is 0, DAYS[13…] undefined: the day check fails anyway), `/ tzSign` for
// `* tzSign` (±1), `utcMin <= 0` (0 is neither 59 nor -1).
import { describe, expect, test } from "vitest";
import { fastFormats, fullFormats } from "ajv-formats/dist/formats.js";
import { type FormatCheck, predicate } from "../../helpers/format-predicate.ts";
import { fast_date_time, fast_email, fast_uri, full_date_time, full_email, full_uri } from "../../../src/validation/formats.ts";


// No input tells these mutants from the original (equivalent), so none is here for them:
// - URI host: any change inside the IPv4 or reg-name alternatives that only shrinks them or keeps them within
//   reg-name's characters. "a://" + host is also "a:" + "/" + empty host + path "/host" (the authority may start with
//   one slash, and reg-name, IPv4, port and userinfo characters are all pchars), so only an IP literal "[…]" or a
//   character outside pchar can show a host mutant.
// - URI "a:/" alone (path-absolute's optional segment made required, or its first segment allowed empty or required
//   to be 2+ characters): the one-slash authority branch accepts the same strings.
// - %[0-9a-f]{2} -> {2,}: the extra hex digits are ordinary characters of every class around it.
// - IPv6 quantifier relaxations ({5} -> {0,5}, {1,4} -> {0,4} before "::"): the shapes they add are another
//   alternative's; [Vv] -> [v] or [V]: the regex ignores case.
// - fast uri (?:\/?\/)? in any form, and every greedy -> lazy quantifier: [^\s]*$ and the ^…$ anchors decide alone.
// - TIME's time zone made required, or (?:\.\d+) repeated: a date-time without a zone is refused anyway, and
//   "00.1.2" is NaN seconds, refused anyway.
// - date(): month >= 1 or month <= 12 dropped, or joined by || (DAYS[0] is 0 and DAYS[13..] undefined, so day <= …
//   fails anyway); -year (leap years are symmetric); time(): tzM / tzSign and tzH / tzSign (tzSign is ±1);
//   utcMin <= 0 (utcMin 0 is neither 59 nor -1).
// - full email: the label tail (?:[a-z0-9-]*[a-z0-9])? -> {0,2}: twice the tail is again a tail.
const CORPUS = {
  uri: {
    // scheme: a letter, then letters, digits, + - .; the colon
    scheme: [
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:", "\u00e9:b", "a0:b", "az:b", "z9+-.:x",
    ],
    // "//" or a single "/" before the authority; port digits
    authority: [
      "a://\nh:80", "a://h:%80",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:/h:%80",
    ],
    // userinfo@: unreserved, sub-delims, ':' and %XX
    userinfo: [
      "a:/%/u@h", "a:/u%4g@h", "a://u@1.2.3.[4:8",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a://u%4gh", "a://@[::1]", "a:/?u%4g@h", "a:/a/u%4g@h", "a:://u%4g@h", "a:///u@[::1]", "a://u@@[::1]",
    ],
    // reg-name hosts: unreserved, sub-delims, %XX; characters outside the set
    regname: [
      "a://%4", "a://%zz", "a:a//%4", "a:/1/h%2",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:)/ex%2Fample", "a:/#ex%2Fample", "a:/:ex%2Fample", "a:/?ex%2Fample", "a:///ex%2Fample",
    ],
    // IPv4 hosts: each octet alternative (25x, 2[0-4]x, [01]?xx) and characters that are not digits
    ipv4: [
      "a://0.0.0.0}", "a://1.2.3].4", "a://1.300.>1.1", "a:/0.200.250.20 ", "a:/20 .20 .0.250", "a:/200.200. .250",
      "a://255.255.255.25[", "a://255.255.255.2[5", "a://25[.249.200.199", "a://2[5.255.255.255",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:9//250.249.200.199",
    ],
    // IPv6 literals: every :: position, 1-4 hex digits per group, embedded IPv4, too many and too few groups
    ipv6: [
      "a://[::]", "a://[::1:2]", "a://[::1]:80", "a://[::1:2:3]", "a://[::1:2:3:4]", "a://[::1:2:3:4:5]",
      "a://[::1:2:3:4:5:6]", "a://[ab12:FFFF:0c0d::]", "a://[ab12:FFFF:0c0d::1234]", "a://[1::2:3:4:0.10.100.200]",
      "a://[1:2:3:4:5:6:255.250.249.000]", "a://[ab12:FFFF:0c0d::1234:aBcD:9f9f]",
      "a://[ab12::FFFF:0c0d:1234:aBcD:9f9f:e0e0]", "a://[ab12:FFFF::0c0d:1234:aBcD:9f9f:e0e0]",
      "a://[::ab12:FFFF:0c0d:1234:aBcD:9f9f:e0e0]", "a://[ab12:FFFF:0c0d:1234::255.255.255.255]",
      "a://[ab12:FFFF:0c0d:1234:aBcD:9f9f:1.2.3.4]", "a://[ab12:FFFF:0c0d::1234:aBcD:249.250.199.0]",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a://[::g]", "a://[g::]", "a://[1::9]", "a://[1:::]", "a://[g::1]", "a://[1::2:]", "a://[1:::2]", "a://[::1::]",
      "a://[g:2::]", "a://[9:2::3]", "a://[::1::2]", "a://[ab12::]", "a://[g:2::3]", "a://[12345::]", "a://[::12345]",
      "a://[::1]::80", "a://[9::1.2.3.4]", "a://[::1.2.3:.4]", "a://[ab12::FFaF]", "a://[g::1.2.3.4]",
      "a://[1:2:3:::5:6]", "a://[1:2:::4:5:6]", "a://[1:::3:4:5:6]", "a://[::1.2.3.4.5]", "a://[::1:2:3:4:G]",
      "a://[::256.0.0.1]", "a://[aab12::FFFF]", "a://[::ab12:FFaFF]", "a://[aab12:FFFF::]", "a://[1:2:3:4:5:6:7]",
      "a://[1:::3:4:5:6:7]", "a://[::1:2:g:4:5:6]", "a://[1:2:3:4::5:6:7]", "a://[9:2::3:4:5:6:7]",
      "a://[ab12::25.2.1.0]", "a://[1:2:3:4:5:6:7::]", "a://[1:2:3:4:5:6:g:8]", "a://[9:2::3:25.2.1.0]",
      "a://[::f1fff:1.2.3.4]", "a://[aab12::25.2.1.0]", "a://[g:2:3:4:5:6:7:8]", "a://[g:2::3:25.2.1.0]",
      "a://[1:2:3:4:5::6:7:8]", "a://[1:2:3::4:5:6:7:8]", "a://[1:2::3:25.2.1.0F]", "a://[::9:2:3:25.2.1.0]",
      "a://[::g:2:3:25.2.1.0]", "a://[aab12:FFFF::0c0d]", "a:/[::a:a:0.200.0.240]", "a://[0::1:2:3:25.2.1.0]",
      "a://[1:2:3:4:5:6:7:8:9]", "a://[1:2:3:4:5:6:7:8::]", "a://[9::1:2:3:25.2.1.0]", "a://[::1:2:3:4:5:6:7:8]",
      "a://[::1::2:3:25.2.1.0]", "a://[g::1:2:3:25.2.1.0]", "a://[0:2::3:4:5:1.2.3.4]", "a://[f:2::3:4:5:1.2.3.4]",
      "a://[g:2::249.250.199.0]", "a://[g:2::3:4:5:1.2.3.4]", "a://[1:2:3:49::5:1.2.3.4]",
      "a://[::1:255.255.255.256]", "a://[::9:255.255.255.255]", "a://[::9:2:249.250.199.0]",
      "a://[::9:2:3:4:5:1.2.3.4]", "a://[::g:255.255.255.255]", "a://[::g:2:249.250.199.0]",
      "a://[::g:2:3:4:5:1.2.3.4]", "a://[9::1:2:249.250.199.0]", "a://[::1:2:249.250.1199.0]",
      "a://[::1::2:249.250.199.0]", "a://[ab12::FFFF:0c0d:1234]", "a://[ab12:FFFF::0c0d:1234]",
      "a://[g::1:255.255.255.255]", "a://[g::1:2:249.250.199.0]", "a://[0:2::3:4:0.10.100.200]",
      "a://[1:2:3:4::0.10.100.20G]", "a://[9:2::3:4:0.10.100.200]", "a://[ab12:FFFF::0cc0d:1234]",
      "a://[ab12a::FFFF:0c0d:1234]", "a://[g:2::3:4:0.10.100.200]", "a://[1:2::3:4::0.10.100.200]",
      "a://[:1::2:3:4:0.10.100.200]", "a://[::9:2:3:4:0.10.100.200]", "a://[::ab125:FFFF:0c0d:1234]",
      "a://[0::1:2:3:4:0.10.100.200]", "a://[9::1:2:3:4:0.10.100.200]", "a://[:::1:2:3:4:0.10.100.200]",
      "a://[ab12:FFFF:0c0d::1.2.3.4]", "a://[ab12:FFFF::0c0d:1.2.3.4]", "a://[f::1:2:3:4:0.10.100.200]",
      "a://[g::1:2:3:4:0.10.100.200]", "a:/[::a:a:0:200.200.250.1000]", "a://[aab12::FFFF:0c0d:1.2.3.4]",
      "a://[aab12:FFFF::0.10.100.200]", "a://[aab12:FFFF::0c0d:1.2.3.4]", "a://[::aab12:FFFF:0c0d:1.2.3.4]",
      "a://[ab12::FFFF:0c0d:1234:aBcD]", "a://[1:2:3:4:5:6:055.250.249.200]", "a://[1:2:3:4:5:6:255.250.249.100]",
      "a://[1:2:3:4:5:6:255.250.249.250]", "a://[1:2:3:4:5:6:255.250.24a.200]", "a://[192:3:4:5:6::255.255.255.255]",
      "a://[ab12::FFFF:0c0d:1234:aBcD:9f9f]", "a://[ab12:FFFF::0c0d:1234:aBcD:9f9f]",
      "a://[ab12:FFFF:0c0d:1234:aBcD:9f9f::]", "a://[ab182:FFFF::0c0d:1234:aBcD:9f9f]",
      "a://[::ab12:FFAFF:0c0d:1234:aBcD:9f9f]", "a://[ab12:FFFF:0c0d:1234::aBcD:9f9f:e0e0]",
      "a://[ab12:FFFF:0c0d:1234:aBcD:9f9f::e0f0]", "a://[ab12:FFFF:0c0d:1234:aBcD:9f9f:e0e0::]",
      "a://[ab12:FFFFa::0c0d:1234:aBcD:9f9f:e0e0]", "a://[::a9b12:FFFF:0c0d:1234:aBcD:9f9f:e0e0]",
      "a://[ab12:FFFF:0c0dE:1234:aBcD:9f9f:1.2.3.4]", "a://[ab12:FFFF:0c0d:1234::aBcD:9f9f:25.2.1.0]",
      "a://[ab12:FFFF:0c0d:1234:aBcD:9f9f::25.2.1.0]", "a://[aab12::FFFF:0c0d:1234:aBcD:249.250.199.0]",
      "a://[aab12:FFFF::0c0d:1234:aBcD:249.250.199.0]", "a://[ab12:FFFF:0c0d:1234:aBcD:9f9f:e0e0::7777]",
    ],
    // IPvFuture literals [v<hex>.<chars>]
    ipvfuture: [
      "a://[vAb.B]",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a://[v.x]", "a://[v1.]", "a://[v0.x]", "a://[v9.x]", "a://[vG.x]", "a://[w1.x]", "a://[v1.x/]",
      "a:/%0f@[Va.']", "a://[V1F.a:b]", "a://[v1.-._~0!$&'()*+,;=:]",
    ],
    // paths: after an authority, absolute (/), rootless; pchar set and %XX
    path: [
      "a:%4", "a:/@:@/%41&",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:%91", "a:%g1", "a:%0f%a0", "a:/:,/%fa", "a:/@:@/%01", "a:/@:@/%91", "a-:-._~!$&'()*+,;=:@",
      "a://h//-._~!$&'()*+,;=:@", "a:A//h/-._~!$&'()*+,;=:@",
    ],
    // query ?: pchar, / and ?, %XX
    query: [
      "a:b?%4", "a:b?%41",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:b?#", "a:b?%01", "a:b?%91", "a:b?-.z_~!$&'()*+,;=",
    ],
    // fragment #: pchar, / and ?, %XX
    fragment: [
      "a:b#%41", "a:b?#%4",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:b##", "a:b#%01", "a:b#%91", "a:b#%G1", "xa:b#-._~!$&'()*+,;=:@/?",
    ],
    // one character in userinfo, IPvFuture, path, query and fragment at once; path-absolute; path-rootless
    composite: [
      "a:/@:@?/?", "a:%4a%4a/%4a%4a&", "a+://$$@[v1.$$]/$$?$$#$$",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a:z/z", "a:00/%00", "a:99/%99", "a:/@:!$/$", "a:/@:@,/,", "a:/@:@///", "a:/@:@:/:", "a:/@:@;/;", "a:/@:@=/=",
      "a:/@:@z/z", "a:/@:Z9/9", "a:/0@:@(/(", "a:/@:@';/'", "a:/@:@-/-A", "a:/@:@0/*0", "a:/@:@~/)~", "a:/@:%99/99",
      "a:/@:&../..", "a:/@:*++/++", "a:/@:@_)/__", "a:/@:@!!/!!@", "a:/!;@[v1.;]/;?;#;", "a://&@[v1.&]/&?&#&",
      "a://(@[v1.(]/(?(#(", "a://)@[v1.)]/)?)#)", "a://-@[v1.-]/-?-#-", "a://.@[v1..]/.?.#.", "a://=@[v1.=]/=?=#=",
      "a://a@[v1.a]/a?a#a", "a://~@[v1.~]/~?~#~", "a:/_:@[v1.:]/:?:#:", "a://,@[v1.,]/,?@,#,", "a://9@[v1.9]/9?9#a9",
      "a://Z+@[v1.Z]/Z?Z#Z", "a:/@:@%4a=4a/%4a%4a", "a:/%99@[v1.99]/99?99#99", "a://*0@[v1.00]/00?00#00",
      "a://99@[v1.99]/99%99#99", "a://''@[v1.'']:/''?''#''", "a://%4a@[v1.e4a]/%4a?%4a#%4a",
    ],
  },
  email: {
    // local part: atext characters, dot-separated atoms (full), dots anywhere (fast)
    local: [
      "a@b@c.d",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "@b.c", "0@b.c", "z@b.c", "a.!@c.d", "a.#@c.d", "a.$@c.d", "a.%@c.d", "a.0@c.d", "a.9@c.d", "a.a@c.d",
      "a.z@c.d", "aZ..b@c.d", "!#$%&'*+/=?^9_`{|}~-@b.c", "!#$%.&'*+/=?^_`{|}~-@b.c",
    ],
    // domain: labels of letters, digits and inner hyphens; dots
    domain: [
      "a@b", "a@b.c-", "a@b-c.xd-e", "ab.cd.ef@gh.i.j",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a@0.c", "a@9.c", "a@a.c", "a@b.0", "a@b.9", "a@b.a", "a@b.z", "a@z.c", "a@-b.c", "a@1.21", "a@b..c", "a@b.c0",
      "a@b.c9", "a@b.ca", "a@b.cz", "a@b0.c", "a@b9.c", "a@ba.c", "a@bz.c", "a@b.c d", "a@b.cAd", "a@b0c.d",
      "a@bac.d", "a@bzc.d", "a@b-c.d-Ze", "ab.cd.ef@gh.i9j",
    ],
    // labels of 62-64 characters (fast: at most 63)
    lengths: [
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "a@bb9bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.c",
      "a@c.b0bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
      "a@bbabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.c",
      "a@c.zbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    ],
  },
  "date-time": {
    // dates: the DATE regex, month and day limits, leap years (divisible by 4, not by 100 unless by 400)
    dates: [
      "0000-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
      "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z", "2024-01-32T00:00:00Z", "2024-02-29T00:00:00Z",
      "2024-04-31T00:00:00Z", "2024-12-31T00:00:00Z", "2024-13-01T00:00:00Z", "2100-02-29T00:00:00Z",
      "2024-01-01xT00:00:00Z", "99999-01-01T00:00:00Z",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "2024-+1-01T00:00:00Z", "2024-01-+1T00:00:00Z", "2024-01-1.T00:00:00Z", "2024-01-40T00:00:00Z",
      "2024-1.-01T00:00:00Z", "2024-22-29T00:00:00Z", "202a-02-28T00:00:00Z", "20e4-02-29T00:00:00Z",
      "2e24-02-29T00:00:00Z", "x024-01-01T00:00:00Z",
    ],
    // times: the TIME regex, hour/minute/second limits, fractions, offsets (range, colon, minutes)
    times: [
      "2024-01-01T00:59:59Z", "2024-01-01T23:09:59Z", "2024-01-01T23:60:00Z", "2024-01-01T24:00:00Z",
      "2024-01-01T000:00:00Z", "2024-01-01T00:00:00+01", "2024-01-01T00:00:00+01:0", "2024-01-01T00:00:00+23:59",
      "2024-01-01T00:00:00+23:60", "2024-01-01T00:00:00+24:00",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "2024-01-01T+1:00:00Z", "2024-01-01T00:+1:00Z", "2024-01-01T00:00:+1Z", "2024-01-01T00:00:1.Z",
      "2024-01-01T1.:00:00Z", "2024-01-01T30:00:00Z", "2024-02-29T00:0.:00Z", "2024-01-01T00:00:00.Z",
      "2024-01-01T00:00:00.5Z", "2024-01-01T00:00:00+1:00", "2024-01-01T00:00:00-123Z", "2024-01-01T00:00:00.1.3Z",
      "2024-01-01T00:00:00+.1:00", "2024-01-01T00:00:00+01::00", "2024-01-01T00:00:00Z+01:00",
      "2024-01-01T00:00:00+01:00:00",
    ],
    // leap second, 23:59:60 UTC only: offsets to 23:59 UTC and not, offsets with minutes, crossing midnight
    leap: [
      "2024-01-01T23:59:60", "2024-01-01T22:59:60Z", "2024-01-01T23:58:60Z", "2024-01-01T23:59:60Z",
      "2024-01-01T23:59:61Z", "2024-01-01T23:59:60+0000", "2024-01-01T23:59:60.999Z", "2024-01-01T00:00:60+00:01",
      "2024-01-01T00:00:60-00:01", "2024-01-01T00:29:60+00:30", "2024-01-01T00:59:60+01:00",
      "2024-01-01T01:59:60+01:00", "2024-01-01T05:44:60+05:45", "2024-01-01T15:59:60-08:00",
      "2024-01-01T16:59:60-08:00", "2024-01-01T18:14:60-05:45", "2024-01-01T23:00:60+00:01",
      "2024-01-01T23:29:60-00:30", "2024-01-01T23:58:60-00:01", "2024-01-01T23:59:60-00:01",
      "2024-01-01T23:59:60-01:00",
      // for weapon-regex's level 2 and 3 mutants (Stryker makes level 1 only)
      "2024-01-01T23:59:60~00",
    ],
    // the date-time separator: T, t, whitespace, none, more than one
    separator: [
      "2024-01-01\t00:00:00Z", "2024-01-01 00:00:00Z", "2024-01-01t00:00:00z", "2024-01-01x00:00:00Z",
      "2024-01-01T00:00:00ZT", "2024-01-01TT00:00:00Z",
    ],
  },
} satisfies Record<string, Record<string, string[]>>;

const CHECKS = {
  uri: { full_uri, fast_uri },
  email: { full_email, fast_email },
  "date-time": { full_date_time, fast_date_time },
} satisfies Record<keyof typeof CORPUS, Record<string, (value: string) => boolean>>;

function oracle(name: string, format: keyof typeof CORPUS): (value: unknown) => boolean {
  return predicate((name.startsWith("full_") ? fullFormats : fastFormats)[format] as FormatCheck);
}

const cases = (Object.keys(CORPUS) as (keyof typeof CORPUS)[]).flatMap((format) =>
  Object.values(CORPUS[format]).flat().flatMap((input) =>
    Object.entries(CHECKS[format]).map(([name, check]) => [name, input, format, check] as const),
  ),
);

describe("format checks on the mutation corpus", () => {
  test.each(cases)("%s(%j) answers as ajv-formats", (name, input, format, check) => {
    expect(check(input)).toBe(oracle(name, format)(input));
  });

  const firsts = cases.filter((c, i) => cases.findIndex((d) => d[0] === c[0]) === i);
  test.each(firsts)("%s: the corpus holds inputs it accepts and inputs it refuses", (name, _input, format) => {
    const answers = cases.filter((c) => c[0] === name).map(([, input]) => oracle(name, format)(input));
    expect(answers.filter(Boolean).length).toBeGreaterThan(0);
    expect(answers.filter((a) => !a).length).toBeGreaterThan(0);
  });
});
