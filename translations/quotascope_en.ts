<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Aggregator</name>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="185"/>
        <source>the totals of this range do not fit in a 64-bit number; the cache holds implausible values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="202"/>
        <source>reading log types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="328"/>
        <source>the range holds more than %1 buckets at this granularity and no data; choose a shorter range or a coarser granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="336"/>
        <source>the range holds more than %1 buckets at this granularity; only %2 to %3 is reported (%4 buckets, where the data is); choose a shorter range or a coarser granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="370"/>
        <source>cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="397"/>
        <source>building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="486"/>
        <source>computing the stat cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="509"/>
        <source>reading sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="546"/>
        <source>computing the peak RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="573"/>
        <source>listing values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDb</name>
    <message>
        <location filename="../core/store/cachedb.cpp" line="214"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="224"/>
        <location filename="../core/store/cachedb.cpp" line="254"/>
        <source>cannot read the cache (%1); the file may not be a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="266"/>
        <source>this SQLite file is not a QuotaScope cache; choose another file or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="272"/>
        <source>the cache has schema version %1, but this QuotaScope supports up to version %2; update QuotaScope or use another cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="291"/>
        <source>cannot enable WAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="304"/>
        <source>cannot start the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="319"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="350"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="355"/>
        <source>cannot open the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="12"/>
        <source>Reachable: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="13"/>
        <source>Reachable: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="15"/>
        <source>Gateway: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="18"/>
        <source>Money: %1, %2 quota per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="23"/>
        <source>User: %1 (id %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="28"/>
        <source>Admin scope (everyone&apos;s logs): allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="29"/>
        <source>Admin scope (everyone&apos;s logs): not allowed, use self scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="33"/>
        <source>Data export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="35"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="36"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="37"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="38"/>
        <source>Data export interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="40"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="41"/>
        <source>unknown (readable only by root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="44"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="46"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="97"/>
        <source>no access token: enter the token generated on the gateway&apos;s personal settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="131"/>
        <source>could not read the gateway options: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="20"/>
        <source>line 1: invalid UTF-8 at the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="37"/>
        <source>line %1: quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="73"/>
        <source>line %1: unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDashboardOptions</name>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="35"/>
        <source>option %1: &quot;%2&quot; is not a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="45"/>
        <source>the gateway has no data dashboard options (DataExportEnabled, DataExportInterval, DataExportDefaultTime); one-api does not have them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="55"/>
        <source>%1: %2 minutes is outside %3..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="62"/>
        <source>%1: &quot;%2&quot; is not hour, day or week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../ui/demodata.cpp" line="42"/>
        <source>The demo data is missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/demodata.cpp" line="45"/>
        <source>Cannot write a temporary copy of the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <location filename="../ui/filepreview.cpp" line="33"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="42"/>
        <source>(binary file: %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="53"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="64"/>
        <source>could not write a temporary sample file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="69"/>
        <source>no row preview for a large %1 file; the import reads it all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filepreview.cpp" line="100"/>
        <source>hourly aggregates: %n bucket(s) in the sample</source>
        <translation>
            <numerusform>hourly aggregates: %n bucket in the sample</numerusform>
            <numerusform>hourly aggregates: %n buckets in the sample</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayAccount</name>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="96"/>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="98"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="100"/>
        <source>common user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="101"/>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayClient</name>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="89"/>
        <source>%1 uses plain http: the access token travels unencrypted. Use https unless this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="171"/>
        <source>no network access available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="177"/>
        <source>request budget of %1 per %2 s used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="256"/>
        <source>%1: %2; gave up after %3 attempts. Check that the gateway is up and reachable, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="277"/>
        <source>%1: the answer redirects to %2, which is not the gateway&apos;s own address %3. The access token is only sent to %3, so the request stopped. If the gateway has moved, change the base URL of profile &quot;%4&quot;; if a sign-in proxy stands in front of it, use an address that reaches the gateway directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="289"/>
        <source>%1: the answer is larger than %2 MiB, the most QuotaScope reads in one answer; the request stopped. Check that the base URL of profile &quot;%3&quot; points at the gateway itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="316"/>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="318"/>
        <source>Check the access token of profile &quot;%1&quot; (it changes whenever a new one is generated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="320"/>
        <source>Check the access token and the numeric user id of profile &quot;%1&quot; (the token changes whenever a new one is generated; the user id must be the token owner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="324"/>
        <source>%1: HTTP %2, the gateway refused the credentials (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="335"/>
        <source>%1: still rate limited (HTTP 429) after %2 waits. Lower the request budget of profile &quot;%3&quot; or sync later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="351"/>
        <source>the gateway is rate limiting us (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="367"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="378"/>
        <source>invalid or truncated JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="384"/>
        <source>%1: HTTP %2; is this a new-api or one-api gateway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="395"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="397"/>
        <source>%1: the gateway answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayOptions</name>
    <message>
        <location filename="../core/gateway/gatewayoptions.cpp" line="34"/>
        <source>the gateway lets only its root account read or change these options; &quot;%1&quot; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayoptions.cpp" line="88"/>
        <source>saving %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityAssigner</name>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="58"/>
        <source>%1: these are not the gateway&apos;s log ids but row numbers, as in a user&apos;s own logs (/api/log/self); import the file as self logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="80"/>
        <source>id %1 appears at two different times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="101"/>
        <source>ids rise as time falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="115"/>
        <source>rows are out of time order by more than an hour (a row at %1 follows rows far from it); identical rows cannot be told apart safely, sort the file by time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="98"/>
        <source>mapping `%1` is not of the form field=column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="105"/>
        <source>unknown record field `%1` (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="113"/>
        <source>the column mapping is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/ingest/importer.cpp" line="122"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="136"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonItemReader</name>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="25"/>
        <source>line %1 (byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="43"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="74"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="158"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="192"/>
        <source>the document ends early (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="46"/>
        <source>expected `%1`, found `%2`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="58"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="64"/>
        <source>the document ends inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="84"/>
        <source>the document ends inside an object or a list (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="106"/>
        <source>expected a value, found `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="136"/>
        <source>the document ends inside the list (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="137"/>
        <source>expected `,` or `]` in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="159"/>
        <source>expected a key in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="179"/>
        <source>`%1` is neither a list nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="193"/>
        <source>expected `,` or `}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="214"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="216"/>
        <source>not a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="221"/>
        <source>unexpected text after the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="29"/>
        <source>log id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="31"/>
        <source>log at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="59"/>
        <source>unexpected log list: an object without items or total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="66"/>
        <source>unexpected log list: neither an array nor a page object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="74"/>
        <source>unexpected log entry: not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.h" line="33"/>
        <source>memory (this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.h" line="40"/>
        <source>no token stored for profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="39"/>
        <source>About QuotaScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="49"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="53"/>
        <source>QuotaScope is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="79"/>
        <source>&lt;p&gt;&lt;b&gt;QuotaScope&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Where the requests, tokens and money of your AI API gateways go: new-api and one-api usage from the gateway&apos;s API, its database or exported log files, cached locally.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="91"/>
        <source>The bundled demo data is derived from these public LLM request traces; the tests use short excerpts of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="97"/>
        <source>licence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="101"/>
        <source>Only token counts, arrival offsets and prefix-cache hits are taken from the traces, re-sampled and combined with synthetic users, models and prices. The demo data is sample data, not a record of any real gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::AdminDialog</name>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="26"/>
        <source>Keep hourly usage data (data dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="30"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="32"/>
        <source>Gateway data dashboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="35"/>
        <source>DataExportEnabled: when off, the gateway stops writing hourly totals, and &quot;hourly&quot; profiles get no new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="39"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="40"/>
        <source>DataExportInterval: how often the gateway writes its hourly totals; they appear up to this late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="43"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="44"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="45"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="46"/>
        <source>DataExportDefaultTime: the granularity the gateway&apos;s web dashboard starts with. It changes only that display; the data stays hourly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="52"/>
        <source>&amp;Write totals every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="53"/>
        <source>&amp;Web dashboard default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="83"/>
        <source>Reading the gateway&apos;s options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="86"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="89"/>
        <source>These options can only be read and changed by the gateway&apos;s root account (role 100); admin accounts are refused by the gateway. Ask the gateway&apos;s owner, or add a profile that uses the root account&apos;s access token. Usage syncing does not need root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="127"/>
        <source>Could not read the options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="161"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::GatewayController</name>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="84"/>
        <source>The new language applies after QuotaScope restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="150"/>
        <source>Every gateway is switched off; sync one from Gateways &gt; Manage gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="241"/>
        <location filename="../ui/gatewaycontroller.cpp" line="255"/>
        <source>Gateway data dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="242"/>
        <source>The data dashboard options belong to new-api gateways. Add one in Gateways &gt; Manage gateways first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="256"/>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="42"/>
        <source>Import usage files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="48"/>
        <source>&amp;Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="49"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="64"/>
        <source>Detect from content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="66"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="67"/>
        <source>BurstGPT trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="68"/>
        <source>Azure LLM inference trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="69"/>
        <source>Mooncake trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="71"/>
        <source>e.g. created_at=TIMESTAMP,prompt_tokens=ContextTokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="72"/>
        <source>Relative times count from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="85"/>
        <source>only for rows that lack it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="87"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="89"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="91"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="100"/>
        <source>My own &amp;logs (exported from /api/log/self: ids are row numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="101"/>
        <source>From a gateway database, read its &amp;hourly data (quota_data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="108"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="111"/>
        <source>&amp;Source name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="112"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="113"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="114"/>
        <source>Column ma&amp;pping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="115"/>
        <source>&amp;Epoch base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="118"/>
        <source>Fill in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="119"/>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="121"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="283"/>
        <source>Add a file to see a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="132"/>
        <source>Parsed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="133"/>
        <source>Raw lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="134"/>
        <source>Preview (first 20 rows of the selected file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="145"/>
        <source>Results appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="149"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="150"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="178"/>
        <source>Importing %1 (%2 of %3)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="253"/>
        <source>Choose usage files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="254"/>
        <source>Usage files (*.json *.jsonl *.ndjson *.csv *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="293"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="347"/>
        <source>Column mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="297"/>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="304"/>
        <source>Detected format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="305"/>
        <source>Format not detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="307"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="309"/>
        <source>%n row(s) of the sample would be skipped.</source>
        <translation>
            <numerusform>%n row of the sample would be skipped.</numerusform>
            <numerusform>%n rows of the sample would be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="313"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="313"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="313"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="313"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="313"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="313"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="314"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="314"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="314"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="340"/>
        <source>Enter a source name: imported rows are kept per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="353"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="363"/>
        <source>Cancelling: the file being imported is rolled back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="394"/>
        <source>Cancelled. Files not finished were rolled back; the cache holds only completed files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="396"/>
        <source>%n file(s) failed; see below.</source>
        <translation>
            <numerusform>%n file failed; see below.</numerusform>
            <numerusform>%n files failed; see below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="398"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="408"/>
        <source>%1: cancelled, nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="408"/>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="410"/>
        <source>%1 (%2): %3 rows read, %4 added, %5 duplicates, %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="414"/>
        <source> (hourly buckets)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ImportJob</name>
    <message>
        <location filename="../ui/importjob.cpp" line="45"/>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::KeychainCredentialStore</name>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="54"/>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="56"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="58"/>
        <source>system keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="73"/>
        <source>the keychain service did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="76"/>
        <source>this build has no keychain support (QtKeychain was not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="95"/>
        <location filename="../platform/keychain/keychainstore.cpp" line="117"/>
        <location filename="../platform/keychain/keychainstore.cpp" line="137"/>
        <source>%1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="101"/>
        <source>no token stored for profile &quot;%1&quot; in the %2; enter it in the profile&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="105"/>
        <source>could not read the token for profile &quot;%1&quot; from the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="124"/>
        <source>could not store the token for profile &quot;%1&quot; in the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="144"/>
        <source>could not remove the token for profile &quot;%1&quot; from the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="162"/>
        <source>No keychain: tokens are kept for this run only (%1). Start a Secret Service (GNOME Keyring, KeePassXC, KWallet) to keep them between runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogItemDelegate</name>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="19"/>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="21"/>
        <source>Consume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="23"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="25"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="27"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="29"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="31"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="63"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="66"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="66"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogTableModel</name>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="133"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="135"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="137"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="139"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="141"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="143"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="145"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="147"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="149"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="151"/>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="153"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="155"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="157"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="159"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>QuotaScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>&amp;Manage gateways...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Gateway &amp;data dashboard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;About QuotaScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Local (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Granu&amp;larity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Grou&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>R&amp;eset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Show &amp;all requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Could not read the requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Loading the demo data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Demo data: %n request(s) added.</source>
        <translation>
            <numerusform>Demo data: %n request added.</numerusform>
            <numerusform>Demo data: %n requests added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Could not load the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>%1 requests in range · updated in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="517"/>
        <source>Showing %1 bars: %2 bars would make %3 buckets (charts show at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>Could not read the filter values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>Requests (%1, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>Requests for %1 (%2, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileEditDialog</name>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="32"/>
        <source>Sync this gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="34"/>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="43"/>
        <source>Add gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="43"/>
        <source>Edit gateway &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="50"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="57"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="59"/>
        <source>Your numeric user id on the gateway; new-api needs it (New-Api-User header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="62"/>
        <source>Everyone&apos;s usage (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="63"/>
        <source>My own usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="67"/>
        <source>Request logs (detailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="68"/>
        <source>Hourly totals (light on the gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="73"/>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="74"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="82"/>
        <source> per 180 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="84"/>
        <source>The gateway answers at most 180 requests per 180 s from one address; leave room for the gateway&apos;s other users on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="99"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="101"/>
        <source>Each sync reads this far back behind the last row it has. new-api stamps a log with the time its request started but writes it only when the request ends, and the clocks of the gateway&apos;s machines drift, so late rows land behind that point and would be missed. Rows read twice are not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="108"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="113"/>
        <source>leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="114"/>
        <source>A token is stored in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="116"/>
        <source>system access token from the gateway&apos;s personal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="117"/>
        <source>No token stored yet; it will be kept in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="124"/>
        <source>Plain http to another machine: the access token crosses the network unencrypted. Use https unless the network is fully trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="136"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="137"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="139"/>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="140"/>
        <source>User &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="141"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="142"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="143"/>
        <source>S&amp;ync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="145"/>
        <source>Request &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="149"/>
        <source>First sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="150"/>
        <source>Late-row &amp;overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="151"/>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="208"/>
        <source>access token: paste the gateway&apos;s system access token (personal settings → generate access token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileManagerDialog</name>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="28"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="29"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="30"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="31"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="32"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="38"/>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="43"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="43"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="43"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="45"/>
        <source>Gateway profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="61"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="75"/>
        <source>The result of &quot;Test connection&quot; appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="106"/>
        <source>Some stored profiles could not be read and are not listed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="144"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="146"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="148"/>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="149"/>
        <source>stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="149"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="153"/>
        <source>Plain http to another machine: the token crosses the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="187"/>
        <source>Connection tests are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="189"/>
        <source>Syncing is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="223"/>
        <source>profile &quot;%1&quot; was saved, but its token was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="264"/>
        <source>Removed &quot;%1&quot; and its stored token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="275"/>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="288"/>
        <source>Testing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="298"/>
        <source>&quot;%1&quot;: connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="298"/>
        <source>&quot;%1&quot;: connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="300"/>
        <source>connection OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="300"/>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="310"/>
        <source>sync requested…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileStore</name>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="117"/>
        <source>name: a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="119"/>
        <source>name: &quot;%1&quot; starts or ends with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="121"/>
        <source>name: longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="124"/>
        <source>name: a profile called &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="130"/>
        <source>base URL: &quot;%1&quot; is not an http:// or https:// address such as https://gateway.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="135"/>
        <source>base URL: remove the user name and password from the address; the access token goes in the token field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="140"/>
        <source>user id: must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="142"/>
        <source>user id: new-api needs your numeric user id (sent as New-Api-User); it is shown on the gateway&apos;s personal settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="146"/>
        <source>refresh interval: at least %1 s, or 0 for manual sync only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="149"/>
        <source>request budget: %1 is outside 1..%2 requests per 180 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="154"/>
        <source>backfill start: before 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="157"/>
        <source>overlap: %1 s is outside 0..%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="169"/>
        <source>the settings claim %1 stored profiles; only the first %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="191"/>
        <source>stored profile %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="193"/>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="197"/>
        <source>%1: unknown scope &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="201"/>
        <source>%1: unknown mode &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="205"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="244"/>
        <source>could not save the profiles to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="266"/>
        <location filename="../core/settings/profilestore.cpp" line="289"/>
        <location filename="../core/settings/profilestore.cpp" line="320"/>
        <source>no profile called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="296"/>
        <source>profile &quot;%1&quot; was kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::QuotaBarChart</name>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="18"/>
        <source>Spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="20"/>
        <source>Spend by model over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="56"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="82"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::RequestPieChart</name>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="20"/>
        <location filename="../ui/charts/requestpiechart.cpp" line="22"/>
        <source>Requests by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="39"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ScreenshotTaker</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="33"/>
        <source>Could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::Settings</name>
    <message>
        <location filename="../core/settings/settings.cpp" line="115"/>
        <source>refresh interval: %1 s is outside %2..%3 s (0 means manual refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="121"/>
        <source>time zone: &quot;%1&quot; is not &quot;local&quot;, &quot;UTC&quot; or a known IANA zone such as Asia/Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="126"/>
        <source>currency: a custom currency needs a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="128"/>
        <source>currency: the custom exchange rate must be greater than 0 (units per USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="132"/>
        <source>language: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="135"/>
        <source>chart top-N: %1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="137"/>
        <source>week start: not a day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="185"/>
        <source>could not save the settings to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="56"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="57"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="64"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="65"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="66"/>
        <source>Refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="69"/>
        <source>Search time zones, e.g. Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="77"/>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="86"/>
        <source>As the gateway shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="87"/>
        <source>US dollars ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="88"/>
        <source>Chinese yuan (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="89"/>
        <source>Tokens (raw quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="90"/>
        <source>Custom symbol and rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="96"/>
        <source> per USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="100"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="118"/>
        <source>&amp;Granularity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="119"/>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="123"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="126"/>
        <source>&amp;Week starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="127"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="128"/>
        <source>Currency s&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="129"/>
        <source>Exchange r&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="130"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="131"/>
        <source>A new language applies after QuotaScope restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="134"/>
        <source>Chart series (&amp;top N):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::StatCardsPanel</name>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28"/>
        <source>Avg RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28"/>
        <source>Avg TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28"/>
        <source>Peak RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="29"/>
        <source>Refunds / net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="29"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="30"/>
        <source>Consumption requests in the range (with the filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="31"/>
        <source>Quota consumed, in the gateway&apos;s display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="31"/>
        <source>Prompt + completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="32"/>
        <source>Average requests per minute: requests / minutes in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="33"/>
        <source>Average tokens per minute: tokens / minutes in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="34"/>
        <source>Most requests in one calendar minute, from the raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="35"/>
        <source>Refunded quota (type 6 logs) and the net spend after refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="36"/>
        <source>Errors (type 5 logs) / (errors + consumption requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="107"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="108"/>
        <source>%1 quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="110"/>
        <source>in %1 · out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="111"/>
        <location filename="../ui/statcardspanel.cpp" line="112"/>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="114"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="114"/>
        <source>needs raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statcardspanel.cpp" line="121"/>
        <source>%n refund(s) · net %1</source>
        <translation>
            <numerusform>%n refund · net %1</numerusform>
            <numerusform>%n refunds · net %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="123"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="44"/>
        <source>Gateway sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="48"/>
        <source>no keychain: tokens kept for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="119"/>
        <source>%1: %p% · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="120"/>
        <source>%1: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="137"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="139"/>
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="140"/>
        <source>about %n h</source>
        <translation>
            <numerusform>about %n h</numerusform>
            <numerusform>about %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="149"/>
        <source>syncing %1 % (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="151"/>
        <source>syncing %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="153"/>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="155"/>
        <location filename="../ui/syncstatuswidget.cpp" line="248"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="158"/>
        <source>waiting until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="160"/>
        <source>offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="162"/>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="164"/>
        <source>last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="166"/>
        <location filename="../ui/syncstatuswidget.cpp" line="222"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="168"/>
        <location filename="../ui/syncstatuswidget.cpp" line="222"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="170"/>
        <source>automatic sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="172"/>
        <location filename="../ui/syncstatuswidget.cpp" line="226"/>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="174"/>
        <location filename="../ui/syncstatuswidget.cpp" line="228"/>
        <source>manual sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="200"/>
        <source>%1: offline since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="202"/>
        <source>%n gateways offline since %1</source>
        <translation>
            <numerusform>%n gateway offline since %1</numerusform>
            <numerusform>%n gateways offline since %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="204"/>
        <source>%1: token or user id rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="206"/>
        <source>%1: waiting until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="208"/>
        <source>%1: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="210"/>
        <source>%1: sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="221"/>
        <source>%n gateways</source>
        <translation>
            <numerusform>%n gateway</numerusform>
            <numerusform>%n gateways</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="243"/>
        <source>Last successful sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="243"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="246"/>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="250"/>
        <source>automatic sync is off for this gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="252"/>
        <source>paused until the token or user id is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="256"/>
        <source>only when you choose Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="257"/>
        <source>Next sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="259"/>
        <source>%1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="263"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="264"/>
        <source>Backfill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="267"/>
        <source>Backing off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="267"/>
        <source>until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="269"/>
        <source>Offline since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="269"/>
        <source>%1; the cached data stays available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="271"/>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="276"/>
        <source>Click to manage the gateways.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::TokenTrendChart</name>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="18"/>
        <location filename="../ui/charts/tokentrendchart.cpp" line="20"/>
        <source>Tokens over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="46"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="75"/>
        <source>million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="75"/>
        <source>thousand tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="75"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <location filename="../core/store/recordwriter.cpp" line="28"/>
        <source>a rollup sum does not fit in a 64-bit number; the rows hold implausible values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="243"/>
        <source>column `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="244"/>
        <location filename="../core/ingest/rowmapper.cpp" line="496"/>
        <source>field `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="256"/>
        <source>the header has no column `%1` (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="285"/>
        <location filename="../core/ingest/rowmapper.cpp" line="297"/>
        <location filename="../core/ingest/rowmapper.cpp" line="500"/>
        <location filename="../core/ingest/rowmapper.cpp" line="538"/>
        <source>%1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="286"/>
        <location filename="../core/ingest/rowmapper.cpp" line="501"/>
        <source>%1 is outside the plausible range %2..%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="298"/>
        <location filename="../core/ingest/rowmapper.cpp" line="539"/>
        <source>%1 is outside 2000-01-01 .. now + 1 day (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="331"/>
        <location filename="../core/ingest/rowmapper.cpp" line="530"/>
        <source>%1 is not a whole number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="332"/>
        <location filename="../core/ingest/rowmapper.cpp" line="386"/>
        <location filename="../core/ingest/rowmapper.cpp" line="521"/>
        <source>%1 is not a number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="356"/>
        <source>%1 (the time) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="370"/>
        <source>%1 is not a time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="400"/>
        <source>%1 is not true or false (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="442"/>
        <source>`other`.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="516"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="21"/>
        <source>cache: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="82"/>
        <source>a source needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="85"/>
        <location filename="../core/store/sourcerepository.cpp" line="105"/>
        <location filename="../core/store/sourcerepository.cpp" line="123"/>
        <location filename="../core/store/sourcerepository.cpp" line="128"/>
        <location filename="../core/store/sourcerepository.cpp" line="138"/>
        <location filename="../core/store/sourcerepository.cpp" line="142"/>
        <source>reading sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="90"/>
        <source>source &quot;%1&quot; holds %2 data and cannot also take %3 data; mixing them would count usage twice. Use another source name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="95"/>
        <location filename="../core/store/sourcerepository.cpp" line="98"/>
        <source>hourly aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="96"/>
        <location filename="../core/store/sourcerepository.cpp" line="99"/>
        <source>per-request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="108"/>
        <location filename="../core/store/sourcerepository.cpp" line="115"/>
        <source>adding source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="143"/>
        <source>no source named &quot;%1&quot; in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="154"/>
        <location filename="../core/store/sourcerepository.cpp" line="156"/>
        <source>removing a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="180"/>
        <location filename="../core/store/sourcerepository.cpp" line="185"/>
        <source>saving source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="187"/>
        <location filename="../core/store/sourcerepository.cpp" line="207"/>
        <source>no source with id %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="196"/>
        <source>renaming source %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="216"/>
        <location filename="../core/store/sourcerepository.cpp" line="222"/>
        <source>reading sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="232"/>
        <location filename="../core/store/sourcerepository.cpp" line="238"/>
        <source>saving sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="248"/>
        <location filename="../core/store/sourcerepository.cpp" line="261"/>
        <source>saving import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="274"/>
        <location filename="../core/store/sourcerepository.cpp" line="294"/>
        <source>reading import history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="101"/>
        <source>a sync of &quot;%1&quot; is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="128"/>
        <source>profile &quot;%1&quot;: the base URL is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="137"/>
        <source>profile &quot;%1&quot; has no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="177"/>
        <source>profile &quot;%1&quot;: one-api has no hourly data (/api/data); use the request-log mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="249"/>
        <source>profile &quot;%1&quot; reads everyone&apos;s logs, but user &quot;%2&quot; is a %3 on this gateway. Switch the profile to self scope or use an admin&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="338"/>
        <source>window %1, page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="378"/>
        <source>%1, window %2: page %3 holds exactly the rows of page %4. The gateway, or a proxy in front of it, seems to ignore the page parameter (p), so the list would never end; the sync stopped. Point profile &quot;%5&quot; at the gateway itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="409"/>
        <source>%1, window %2: still more rows after %3 pages, the most read for one window; the sync stopped. The gateway&apos;s list does not end as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="425"/>
        <source>window %1 kept changing while it was read (%2 reads; the gateway reported %3 then %4 rows, %5 were read). Sync again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="543"/>
        <source>hourly data %1: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="555"/>
        <source>hourly data %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="569"/>
        <source>hourly data %1: the rows of %2 / %3 sum to more than a 64-bit number holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../core/gateway/syncscheduler.cpp" line="192"/>
        <source>no credential store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageFileReader</name>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="213"/>
        <source>the hourly rows of %1 / %2 sum to more than a 64-bit number holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="243"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="705"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="256"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="453"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="593"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="679"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="276"/>
        <source>%1: the file is empty; cannot tell its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="328"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="394"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="653"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="825"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="851"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="858"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="403"/>
        <source>%1 (first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="414"/>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="438"/>
        <source>the header has no `created_at` column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="465"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="638"/>
        <source>byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="470"/>
        <source>byte %1: a list item is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="504"/>
        <source>%1: the gateway answered with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="506"/>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="525"/>
        <source>unknown preset `%1` (known: burstgpt, azure-trace, mooncake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="542"/>
        <source>no column mapping for this file: give one (e.g. created_at=time,model_name=model) or a preset; its columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="550"/>
        <source>the column mapping has no created_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="618"/>
        <source>reading failed at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="624"/>
        <source>the line is longer than %1 MiB; is this a JSONL file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="631"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="693"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="723"/>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="642"/>
        <source>the line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="728"/>
        <source>expected %1 columns as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="739"/>
        <source>repeated header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="764"/>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="798"/>
        <source>%1: the database has no `logs` table%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="802"/>
        <source> (it has `quota_data`: import that as hourly data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="817"/>
        <source>%1: the `logs` table has no created_at column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="831"/>
        <source>%1: cannot read `logs`: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="842"/>
        <source>%1 logs id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="843"/>
        <source>%1 logs row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="863"/>
        <source>%1: reading `logs` failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="872"/>
        <source>%1: the database has no `quota_data` table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="880"/>
        <source>%1: cannot read `quota_data`: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="894"/>
        <source>%1 quota_data row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="900"/>
        <source>%1 quota_data row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="910"/>
        <source>%1: reading `quota_data` failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>Usage dashboard for new-api / one-api gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>Use the cache file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="89"/>
        <source>Import the bundled demo data (once) and show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>Render the window to the PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
