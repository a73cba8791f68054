<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Aggregator</name>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="211"/>
        <source>the totals of this range do not fit in a 64-bit number; the cache holds implausible values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="228"/>
        <source>reading log types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="512"/>
        <source>the range holds more than %1 buckets at this granularity and no data; choose a shorter range or a coarser granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="520"/>
        <source>the range holds more than %1 buckets at this granularity; only %2 to %3 is reported (%4 buckets, where the data is); choose a shorter range or a coarser granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="570"/>
        <source>cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="585"/>
        <location filename="../core/aggregate/aggregator.cpp" line="640"/>
        <source>building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="884"/>
        <source>computing the stat cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="897"/>
        <source>reading sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="966"/>
        <source>cache: hour %1 is not in its day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="982"/>
        <source>cache: the minute counts of hour %1 are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="987"/>
        <location filename="../core/aggregate/aggregator.cpp" line="1021"/>
        <source>computing the peak RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="1038"/>
        <location filename="../core/aggregate/aggregator.cpp" line="1067"/>
        <source>counting estimated tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="1107"/>
        <source>listing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="1172"/>
        <source>breaking the ranking down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/perfrollups.cpp" line="467"/>
        <location filename="../core/store/perfrollups.cpp" line="499"/>
        <source>reading the latency rollups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="88"/>
        <source>no source named &quot;%1&quot; in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="99"/>
        <source>all usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="106"/>
        <source>in the last %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="107"/>
        <source>in the last %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="134"/>
        <source>rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="316"/>
        <source>%1 spent %2 %3 (limit %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="324"/>
        <source>%1 made %2 requests %3 (limit %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="351"/>
        <location filename="../core/alerts/alertevaluator.cpp" line="354"/>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="357"/>
        <source>%1: %2 %3, usually %4 at this time (z = %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="372"/>
        <source>%1: %2 % of %3 requests failed %4 (limit %5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="520"/>
        <source>%1 used model &quot;%2&quot; for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="521"/>
        <source>%1 used channel &quot;%2&quot; for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="439"/>
        <location filename="../core/alerts/alertevaluator.cpp" line="469"/>
        <location filename="../core/alerts/alertevaluator.cpp" line="485"/>
        <source>finding first uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="564"/>
        <source>source &quot;%1&quot;: balance %2, below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="584"/>
        <source>source &quot;%1&quot; has not synced for %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="587"/>
        <source>source &quot;%1&quot; has never synced successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="599"/>
        <source>this condition depends on the state at each sync and cannot be replayed from the usage history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="152"/>
        <source>the rule has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="154"/>
        <source>threshold must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="156"/>
        <source>window_minutes must be a whole number of hours between 60 and 10080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="159"/>
        <source>min_requests must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="162"/>
        <source>new_model and new_channel watch a token or a user: set scope to token or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="166"/>
        <source>balance_below and not_synced apply to sources: set scope to source or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="169"/>
        <source>an error rate threshold is a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="204"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="213"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="226"/>
        <source>unknown condition &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="230"/>
        <source>unknown scope &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="233"/>
        <source>unknown severity &quot;%1&quot; (use warning or alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="237"/>
        <source>unknown metric &quot;%1&quot; (use quota or requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="242"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="253"/>
        <source>window_minutes and min_requests are whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="265"/>
        <source>per %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="269"/>
        <source>Spend above %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="272"/>
        <source>More than %1 requests %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="275"/>
        <source>Spike: %1 minutes with a robust z-score above %2 against the same time of the previous 7 days (at least %3 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="283"/>
        <source>Error rate above %1 % %2 (at least %3 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="289"/>
        <source>Balance below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="292"/>
        <source>A model used for the first time, within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="296"/>
        <source>A channel used for the first time, within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="300"/>
        <source>Not synced for more than %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="305"/>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="307"/>
        <source>each %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="309"/>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="311"/>
        <source>%1 in source &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="312"/>
        <source>%1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="328"/>
        <source>Spend spike on a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="336"/>
        <source>Spend spike on a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="341"/>
        <source>Channel failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="349"/>
        <source>Gateway not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="385"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="389"/>
        <source>expected a JSON object with a &quot;rules&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="394"/>
        <source>rule file version %1 is newer than this QuotaScope reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="401"/>
        <source>renotify_minutes must be a number of minutes from 0 to 525600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="410"/>
        <source>quiet_hours needs &quot;from&quot; and &quot;to&quot; as HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="415"/>
        <source>expected a &quot;rules&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="422"/>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="424"/>
        <source>rule %1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="430"/>
        <source>%1: the id &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="445"/>
        <source>%1: too large for a rule file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="47"/>
        <source>storing alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="194"/>
        <source>reading alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="222"/>
        <source>recording the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="238"/>
        <source>reading the balance history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../platform/autostart/autostart.cpp" line="29"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/autostart/autostart.cpp" line="75"/>
        <source>cannot change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../platform/autostart/autostart.cpp" line="82"/>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheCompactJob</name>
    <message numerus="yes">
        <location filename="../ui/cachecompactjob.cpp" line="24"/>
        <source>%Ln older request(s) now stored compactly.</source>
        <translation>
            <numerusform>%Ln older request now stored compactly.</numerusform>
            <numerusform>%Ln older requests now stored compactly.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="28"/>
        <source>Stopped: the rest stay as they were, and the space was not given back yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="32"/>
        <source>The cache went from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="36"/>
        <source>Another program is reading the cache: the file shrinks when it is done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="42"/>
        <source>The space was not given back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheCompactor</name>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="106"/>
        <source>giving the space back needs about %1 free next to the cache (for a copy and its log); %2 is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="111"/>
        <source>giving the space back needs about %1 free next to the cache (for its log); %2 is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="116"/>
        <source>giving the space back needs about %1 free in the temporary directory (for a copy); %2 is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="174"/>
        <source>another program is writing to the cache (an import or a sync): run compact again when it is done to give the space back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="178"/>
        <source>giving the space back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDb</name>
    <message>
        <location filename="../core/store/cachedb.cpp" line="350"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="357"/>
        <source>another program is writing the cache and holds it locked (quotascope-cli does so while it imports into an empty cache); try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="393"/>
        <location filename="../core/store/cachedb.cpp" line="416"/>
        <source>cannot read the cache (%1); the file may not be a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="428"/>
        <source>this SQLite file is not a QuotaScope cache; choose another file or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="434"/>
        <source>the cache has schema version %1, but this QuotaScope supports up to version %2; update QuotaScope or use another cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="380"/>
        <source>cannot enable WAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="463"/>
        <source>cannot start the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="478"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="509"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="514"/>
        <source>cannot open the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheOpener</name>
    <message>
        <location filename="../ui/cacheopener.cpp" line="46"/>
        <source>QuotaScope cannot open its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="49"/>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="50"/>
        <source>&amp;Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="51"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="65"/>
        <source>Open or Create a Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="66"/>
        <source>QuotaScope caches (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="31"/>
        <source>cannot draw an SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="42"/>
        <source>cannot encode the PNG</source>
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
        <location filename="../core/ingest/csvreader.cpp" line="288"/>
        <source>line 1: invalid UTF-8 at the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="216"/>
        <source>line %1: quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="184"/>
        <source>line %1: reading failed at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="242"/>
        <source>line %1: unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="307"/>
        <source>line %1: a record is longer than %2 MiB; is this a CSV file?</source>
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
    <name>DatabaseProfile</name>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="88"/>
        <source>SQLite file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="89"/>
        <source>%1 at %2:%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="103"/>
        <source>the database address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="109"/>
        <source>database address &quot;%1&quot;: unknown engine &quot;%2&quot; (use postgresql://, mysql:// or sqlite://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="116"/>
        <source>database address &quot;sqlite://&quot;: no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="122"/>
        <source>database address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="125"/>
        <source>the database address carries a password: leave it out (it would stay in the shell history and the process list) and give it in $QUOTASCOPE_DB_PASSWORD or on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="138"/>
        <source>database address: %1=%2 is not one of disable, prefer, require, verify-ca, verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="148"/>
        <source>database address: unknown parameter &quot;%1&quot; (known: sslmode, sslrootcert, logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="207"/>
        <source>the certificate authority file &quot;%1&quot; has a &quot;;&quot; in its name, which the database drivers cannot take; copy it to a name without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="186"/>
        <source>the SQLite file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="191"/>
        <source>the database host is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="194"/>
        <source>the database port %1 is not between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="197"/>
        <source>the database name is missing (e.g. postgresql://user@%1/newapi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="202"/>
        <source>the database user is missing (e.g. postgresql://reader@%1/%2)</source>
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
    <name>Export</name>
    <message>
        <location filename="../ui/export/exportfile.h" line="15"/>
        <source>Could not write %1: %2</source>
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
        <location filename="../core/gateway/gatewayclient.cpp" line="291"/>
        <source>%1: the answer is larger than %2 MiB, the most QuotaScope reads in one answer; the request stopped. Check that the base URL of profile &quot;%3&quot; points at the gateway itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="318"/>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="320"/>
        <source>Check the access token of profile &quot;%1&quot; (it changes whenever a new one is generated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="322"/>
        <source>Check the access token and the numeric user id of profile &quot;%1&quot; (the token changes whenever a new one is generated; the user id must be the token owner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="326"/>
        <source>%1: HTTP %2, the gateway refused the credentials (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="337"/>
        <source>%1: still rate limited (HTTP 429) after %2 waits. Lower the request budget of profile &quot;%3&quot; or sync later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="353"/>
        <source>the gateway is rate limiting us (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="369"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="380"/>
        <source>invalid or truncated JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="386"/>
        <source>%1: HTTP %2; is this a new-api or one-api gateway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="397"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="399"/>
        <source>%1: the gateway answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayDatabase</name>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="80"/>
        <source>new-api (older: no request_id, ip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="86"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="92"/>
        <source>Server: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="94"/>
        <source>about %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="95"/>
        <source>row count unknown (no statistics yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="98"/>
        <source>Table logs: %1 schema, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="101"/>
        <source>Table logs: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="103"/>
        <source>Table quota_data: present, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="106"/>
        <source>Table quota_data: missing (one-api has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="108"/>
        <source>The account may read: nothing of logs or quota_data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="109"/>
        <source>The account may read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="112"/>
        <source>The account may also write (%1). QuotaScope&apos;s session is read-only, but an account that can only read is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="116"/>
        <source>Session: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="117"/>
        <source>Session: NOT read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="207"/>
        <source>%1 did not encrypt the connection (TLS mode &quot;%2&quot;): the server offers no TLS%3; nothing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="314"/>
        <source>%1: cannot cancel the running query: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="357"/>
        <source>%1: the query was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="358"/>
        <source>the query was cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="364"/>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="447"/>
        <source>%1: TLS mode &quot;verify-full&quot; is not available for MySQL: Qt 6.4&apos;s MySQL driver cannot ask the client library to check the server&apos;s host name; use &quot;verify-ca&quot; with sslrootcert=FILE (the certificate must come from that authority) or reach the server through an SSH tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="455"/>
        <source>%1: TLS mode &quot;verify-ca&quot; for MySQL needs the certificate authority&apos;s file: add sslrootcert=FILE to the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="135"/>
        <source>Qt&apos;s %1 driver is not installed (package %2); cannot reach %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="187"/>
        <source>%1 refused the login of user &quot;%2&quot;: %3. Check the password (from $QUOTASCOPE_DB_PASSWORD or standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="193"/>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="229"/>
        <source>%1: cannot make the session read-only (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="437"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="643"/>
        <location filename="../core/gateway/dbsource.cpp" line="673"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="755"/>
        <source>reading logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="756"/>
        <source>reading logs after id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="361"/>
        <location filename="../core/gateway/dbsource.cpp" line="840"/>
        <source>%1 has no `logs` table%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="842"/>
        <source> (new-api may keep it in a separate database, LOG_SQL_DSN: name it as the profile&apos;s logs database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="788"/>
        <location filename="../core/gateway/dbsource.cpp" line="796"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="791"/>
        <source>%1: the `logs` table has no id column to copy by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="407"/>
        <location filename="../core/gateway/dbsource.cpp" line="914"/>
        <location filename="../core/gateway/dbsource.cpp" line="921"/>
        <source>%1, logs id %2: %3</source>
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
        <location filename="../core/ingest/identityassigner.cpp" line="116"/>
        <source>%1: these are not the gateway&apos;s log ids but row numbers, as in a user&apos;s own logs (/api/log/self); import the file as self logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="137"/>
        <source>id %1 appears at two different times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="151"/>
        <source>ids rise as time falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="165"/>
        <source>rows are out of time order by more than an hour (a row at %1 follows rows far from it); identical rows cannot be told apart safely, sort the file by time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="103"/>
        <source>mapping `%1` is not of the form field=column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="110"/>
        <source>unknown record field `%1` (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="118"/>
        <source>the column mapping is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/ingest/importer.cpp" line="140"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="154"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonItemReader</name>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="30"/>
        <source>line %1 (byte %2): reading failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="36"/>
        <source>line %1 (byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="54"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="260"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="325"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="359"/>
        <source>the document ends early (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="57"/>
        <source>expected `%1`, found `%2`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="69"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="75"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="227"/>
        <source>the document ends inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="228"/>
        <source>the document ends inside an object or a list (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="270"/>
        <source>expected a value, found `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="303"/>
        <source>the document ends inside the list (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="304"/>
        <source>expected `,` or `]` in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="326"/>
        <source>expected a key in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="346"/>
        <source>`%1` is neither a list nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="360"/>
        <source>expected `,` or `}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="381"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="383"/>
        <source>not a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="388"/>
        <source>unexpected text after the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveAggregator</name>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="65"/>
        <source>live from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="195"/>
        <source>the range holds more than %1 buckets at this granularity; choose a shorter range or a coarser granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="159"/>
        <source>a live database is one source: group by another dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="234"/>
        <location filename="../core/aggregate/liveaggregator.cpp" line="272"/>
        <location filename="../core/aggregate/liveaggregator.cpp" line="281"/>
        <source>the totals of this range do not fit in a 64-bit number</source>
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
    <name>OtherDecoder</name>
    <message>
        <location filename="../core/store/othercodec.cpp" line="277"/>
        <source>a record&apos;s `other` does not fit its stored layout; the cache may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope</name>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="41"/>
        <source>Top 10 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="43"/>
        <source>Top 10 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="45"/>
        <source>Top 10 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="47"/>
        <source>Top 10 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="49"/>
        <source>Top 10 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="51"/>
        <source>Top 10 sources</source>
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
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="108"/>
        <source>Attributions</source>
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
    <name>QuotaScope::AlertRulesDialog</name>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="40"/>
        <source>Spend above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="42"/>
        <source>Requests above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="44"/>
        <source>Spike against the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="46"/>
        <source>Error rate above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="48"/>
        <source>Balance below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="50"/>
        <source>Model used for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="52"/>
        <source>Channel used for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="54"/>
        <source>Not synced for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="63"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="65"/>
        <source>Each source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="67"/>
        <source>Each user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="69"/>
        <source>Each token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="71"/>
        <source>Each model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="73"/>
        <source>Each channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="75"/>
        <source>Each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="85"/>
        <source>in the gateway&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="87"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="89"/>
        <source>robust z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="91"/>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="93"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="96"/>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="109"/>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="113"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="113"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="245"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="113"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="122"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="123"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="124"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="125"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="131"/>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="135"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="137"/>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="151"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="152"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="153"/>
        <source>Remind of an open alert every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="180"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="184"/>
        <source>Import alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="180"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="188"/>
        <source>Rule files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="188"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="192"/>
        <source>Export alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="221"/>
        <source>every one separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="223"/>
        <source>every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="226"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="228"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="229"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="240"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="241"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="242"/>
        <source>Test against history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="246"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="247"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="248"/>
        <source>Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="249"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="250"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="251"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="252"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="253"/>
        <source>Minimum requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="254"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="373"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="411"/>
        <source>Would have fired %n time(s) in the last %1 days</source>
        <translation>
            <numerusform>Would have fired %n time in the last %1 days</numerusform>
            <numerusform>Would have fired %n times in the last %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaScope::AlertsController</name>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="34"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="106"/>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="107"/>
        <source>Alert &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="108"/>
        <source>Anomaly &amp;triage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="110"/>
        <source>Alerts &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="114"/>
        <source>Keep running in the tray when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="121"/>
        <location filename="../ui/alerts/alertscontroller.cpp" line="129"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="150"/>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::AlertsPanel</name>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="33"/>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="34"/>
        <source>Resolve all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="40"/>
        <location filename="../ui/alerts/alertspanel.cpp" line="70"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="40"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="60"/>
        <source>No evaluation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="71"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="72"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="74"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="90"/>
        <source>No open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertspanel.cpp" line="90"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="91"/>
        <source>checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="95"/>
        <source>This month: %1 spent, heading for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="107"/>
        <source>Balance of %1: %2 left, runs out about %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::CacheChart</name>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="20"/>
        <location filename="../ui/charts/cachechart.cpp" line="21"/>
        <source>Prompt cache tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="43"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="54"/>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="57"/>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="71"/>
        <source>million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="71"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::CacheLatencyView</name>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="36"/>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="36"/>
        <source>Saved by caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="36"/>
        <source>Use time p50 / p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="37"/>
        <source>First response p50 / p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="37"/>
        <source>Stream share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="37"/>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="62"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="68"/>
        <source>Percentiles from log-spaced bins, within 4.4%; first response from the log&apos;s frt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="87"/>
        <source>Cache and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="130"/>
        <location filename="../ui/cachelatencyview.cpp" line="131"/>
        <source>%1 / %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::CardDelta</name>
    <message>
        <location filename="../ui/comparison.cpp" line="83"/>
        <source>%1 %2 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison.cpp" line="88"/>
        <source>= 0%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison.cpp" line="89"/>
        <source>%1 new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ChartView</name>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="36"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="38"/>
        <source>No requests in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="40"/>
        <source>Could not load the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::CompareSourcesDialog</name>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="182"/>
        <source>Compare sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="192"/>
        <source>&amp;First source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="194"/>
        <source>&amp;Second source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="198"/>
        <source>First source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="199"/>
        <source>Second source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="216"/>
        <source>Per-model comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="248"/>
        <source>%1 – %2 · loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="259"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="262"/>
        <source>Could not compare the sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="268"/>
        <source>%1, with the dashboard&apos;s filters. Changes go from the first source to the second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ExportMenu</name>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="42"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="45"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="46"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="47"/>
        <source>Spend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>Tokens chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>Requests chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="54"/>
        <source>%1 as %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="56"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="60"/>
        <location filename="../ui/export/exportmenu.cpp" line="70"/>
        <location filename="../ui/export/exportmenu.cpp" line="78"/>
        <location filename="../ui/export/exportmenu.cpp" line="100"/>
        <location filename="../ui/export/exportmenu.cpp" line="188"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="65"/>
        <source>View numbers as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="67"/>
        <location filename="../ui/export/exportmenu.cpp" line="75"/>
        <source>Export numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="67"/>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="73"/>
        <source>View numbers as &amp;JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="75"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="82"/>
        <source>Requests as C&amp;SV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <location filename="../ui/export/exportmenu.cpp" line="89"/>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="87"/>
        <source>Requests as JSON &amp;Lines...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="89"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="94"/>
        <source>Dashboard as &amp;PDF report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="96"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="96"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="102"/>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="161"/>
        <source>Exporting requests to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="161"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportmenu.cpp" line="182"/>
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n request exported to %1</numerusform>
            <numerusform>%n requests exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="184"/>
        <source>Export cancelled; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="27"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="27"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="29"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="29"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="30"/>
        <source>Grou&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="30"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="50"/>
        <source>Default types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="57"/>
        <source>Log types to count. None checked: consumption on the cards and charts, every type in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="58"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="64"/>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="151"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="158"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="161"/>
        <source>Remove the filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::GatewayController</name>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="98"/>
        <source>The new language applies after QuotaScope restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="149"/>
        <source>&amp;Live dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="155"/>
        <source>Off: the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="164"/>
        <source>Live from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="189"/>
        <source>Live from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="222"/>
        <source>Every gateway is switched off; sync one from Gateways &gt; Manage gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="324"/>
        <location filename="../ui/gatewaycontroller.cpp" line="338"/>
        <source>Gateway data dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="325"/>
        <source>The data dashboard options belong to new-api gateways. Add one in Gateways &gt; Manage gateways first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="339"/>
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
        <location filename="../ui/dialogs/importdialog.cpp" line="114"/>
        <source>&amp;Source name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="115"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="116"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="117"/>
        <source>Column ma&amp;pping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="118"/>
        <source>&amp;Epoch base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="121"/>
        <source>Fill in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="122"/>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="124"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="290"/>
        <source>Add a file to see a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136"/>
        <source>Parsed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="137"/>
        <source>Raw lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="140"/>
        <source>Preview (first 20 rows of the selected file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="151"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="152"/>
        <source>Results appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="156"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="157"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="185"/>
        <source>Importing %1 (%2 of %3)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="260"/>
        <source>Choose usage files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="261"/>
        <source>Usage files (*.json *.jsonl *.ndjson *.csv *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="300"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="354"/>
        <source>Column mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="304"/>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="311"/>
        <source>Detected format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="312"/>
        <source>Format not detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="314"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="316"/>
        <source>%n row(s) of the sample would be skipped.</source>
        <translation>
            <numerusform>%n row of the sample would be skipped.</numerusform>
            <numerusform>%n rows of the sample would be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="321"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="321"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="321"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="347"/>
        <source>Enter a source name: imported rows are kept per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="360"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="370"/>
        <source>Cancelling: the file being imported is rolled back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="401"/>
        <source>Cancelled. Files not finished were rolled back; the cache holds only completed files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="403"/>
        <source>%n file(s) failed; see below.</source>
        <translation>
            <numerusform>%n file failed; see below.</numerusform>
            <numerusform>%n files failed; see below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="405"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="415"/>
        <source>%1: cancelled, nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="415"/>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="417"/>
        <source>%1 (%2): %3 rows read, %4 added, %5 duplicates, %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="421"/>
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
    <name>QuotaScope::LogDetailPane</name>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="50"/>
        <location filename="../ui/logdetailpane.cpp" line="169"/>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="52"/>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="54"/>
        <source>Copy the whole request, with its parsed details, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="60"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="60"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="61"/>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="77"/>
        <location filename="../ui/logdetailpane.cpp" line="128"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="77"/>
        <source>Other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="88"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="90"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="91"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="92"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="92"/>
        <location filename="../ui/logdetailpane.cpp" line="93"/>
        <location filename="../ui/logdetailpane.cpp" line="129"/>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="93"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="94"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="95"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="96"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="97"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="98"/>
        <source>Request path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="100"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="100"/>
        <source>%1 (%2 quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="101"/>
        <source>Model ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="102"/>
        <source>Group ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="103"/>
        <source>User group ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="104"/>
        <source>Completion ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="105"/>
        <source>Cache read ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="106"/>
        <source>Cache write ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="110"/>
        <source>Model price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="110"/>
        <source>by ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="110"/>
        <source>%1 USD per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="113"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="114"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="115"/>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="116"/>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="121"/>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="121"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="124"/>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="125"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="126"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="126"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="126"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="136"/>
        <source>Channel chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="138"/>
        <source>Upstream model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="172"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogItemDelegate</name>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="20"/>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="22"/>
        <source>Consume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="24"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="26"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="28"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="30"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="32"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="61"/>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="69"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="72"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="72"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogTableModel</name>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="244"/>
        <source>Estimated from the text on import (%1 rules), not counted by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="290"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="292"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="294"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="296"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="298"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="300"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="302"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="304"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="306"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="308"/>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="310"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="312"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="314"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="316"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>QuotaScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>superseded by a newer view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Co&amp;mpact the cache...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>&amp;Overlay the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Draw the previous period of the same length as a dashed line on the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Show the month-end &amp;projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Extend the spend chart to the month&apos;s end with the projected spend as a dashed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Compare sources...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Manage gateways...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Gateway &amp;data dashboard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;About QuotaScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Local (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Granu&amp;larity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="731"/>
        <source>not available in live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>Not available in live mode: prompt caching and latency come from the local cache&apos;s bins. Copy the database to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="939"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>counting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="946"/>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="946"/>
        <source>oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="948"/>
        <source>%1, live from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="950"/>
        <source>Requests (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>Requests for %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1092"/>
        <source>Compare sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1092"/>
        <source>Comparing needs at least two sources in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1107"/>
        <location filename="../ui/mainwindow.cpp" line="1119"/>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Compact the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1108"/>
        <source>Requests stored by earlier versions of QuotaScope take more room than new ones. Compacting stores them as new ones are stored and gives the freed space back to the disk. The numbers do not change.

It reads and rewrites the whole cache, which takes about as long as copying it, and needs free disk space for a copy. You can stop it while the requests are being stored; what is done stays done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1118"/>
        <source>Storing older requests compactly...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1118"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1136"/>
        <source>Giving the freed space back to the disk...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1146"/>
        <source>The cache could not be compacted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>R&amp;eset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>Search by request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Show only the request with this exact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Search requests (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Show requests whose user, token, model, channel, group, request ID, IP or content contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>Show &amp;all requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <source>Could not read the requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>R&amp;ankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>Cac&amp;he and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Group &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Metr&amp;ic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Loading the demo data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="554"/>
        <source>Demo data: %n request(s) added.</source>
        <translation>
            <numerusform>Demo data: %n request added.</numerusform>
            <numerusform>Demo data: %n requests added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="624"/>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Could not load the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>%1 requests in range · updated in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="833"/>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="835"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="839"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="843"/>
        <source>Showing %1 bars: %2 bars would make %3 buckets (charts show at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="866"/>
        <source>Could not read the filter values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowviews.cpp" line="22"/>
        <source>QuotaScope usage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowviews.cpp" line="53"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowviews.cpp" line="100"/>
        <source>View &quot;%1&quot; opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::MultiSelectFilter</name>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="36"/>
        <source>Type to search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="38"/>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="43"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="82"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="150"/>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::PerformanceModel</name>
    <message>
        <location filename="../ui/insightmodels.cpp" line="335"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="371"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="373"/>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="375"/>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="377"/>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="379"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="381"/>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="383"/>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="385"/>
        <source>First response p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="387"/>
        <source>First response p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="389"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="391"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileEditDialog</name>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="36"/>
        <source>Sync this gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="38"/>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="48"/>
        <source>Add gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="48"/>
        <source>Edit gateway &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="55"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="62"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="64"/>
        <source>Your numeric user id on the gateway; new-api needs it (New-Api-User header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="67"/>
        <source>Everyone&apos;s usage (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="68"/>
        <source>My own usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="72"/>
        <source>Request logs (detailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="73"/>
        <source>Hourly totals (light on the gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="78"/>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="79"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="87"/>
        <source> per 180 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="89"/>
        <source>The gateway answers at most 180 requests per 180 s from one address; leave room for the gateway&apos;s other users on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="105"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="107"/>
        <source>Each sync reads this far back behind the last row it has. new-api stamps a log with the time its request started but writes it only when the request ends, and the clocks of the gateway&apos;s machines drift, so late rows land behind that point and would be missed. Rows read twice are not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="114"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="119"/>
        <source>leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="120"/>
        <source>A token is stored in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="122"/>
        <source>system access token from the gateway&apos;s personal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="123"/>
        <source>No token stored yet; it will be kept in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="130"/>
        <source>Plain http to another machine: the access token crosses the network unencrypted. Use https unless the network is fully trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="143"/>
        <source>Gateway API (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="144"/>
        <source>Gateway database (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="160"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="167"/>
        <source>a read-only account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="176"/>
        <source>empty: logs are in the database above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="177"/>
        <source>new-api can keep its logs in a second database (LOG_SQL_DSN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="180"/>
        <source>the gateway&apos;s SQLite file, e.g. one-api.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="183"/>
        <source>Copy the logs into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="184"/>
        <source>Live: query the server for each view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="189"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="194"/>
        <source>leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="195"/>
        <source>A password is stored in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="197"/>
        <source>The password will be kept in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="199"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="219"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="220"/>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="221"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="223"/>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="224"/>
        <source>User &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="225"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="226"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="227"/>
        <source>S&amp;ync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="229"/>
        <source>Request &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="233"/>
        <source>First sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="235"/>
        <source>Late-row &amp;overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="236"/>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="238"/>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="239"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="240"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="241"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="242"/>
        <source>Use&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="243"/>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="244"/>
        <source>&amp;Logs database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="245"/>
        <source>SQLite &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="246"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="247"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="311"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="382"/>
        <source>password: enter the password of database user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="391"/>
        <source>access token: paste the gateway&apos;s system access token (personal settings → generate access token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileManagerDialog</name>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="29"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="30"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="31"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="32"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="33"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="39"/>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="46"/>
        <source>Gateway profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="62"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="75"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="77"/>
        <source>The result of &quot;Test connection&quot; appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="108"/>
        <source>Some stored profiles could not be read and are not listed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="146"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="148"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="150"/>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="151"/>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="152"/>
        <source>stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="153"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="157"/>
        <source>Plain http to another machine: the token crosses the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="191"/>
        <source>Connection tests are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="193"/>
        <source>Syncing is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="227"/>
        <source>profile &quot;%1&quot; was saved, but its token was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="268"/>
        <source>Removed &quot;%1&quot; and its stored token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="279"/>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="292"/>
        <source>Testing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="302"/>
        <source>&quot;%1&quot;: connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="302"/>
        <source>&quot;%1&quot;: connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="304"/>
        <source>connection OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="304"/>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="314"/>
        <source>sync requested…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileStore</name>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="149"/>
        <source>name: a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="151"/>
        <source>name: &quot;%1&quot; starts or ends with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="153"/>
        <source>name: longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="156"/>
        <source>name: a profile called &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="171"/>
        <source>base URL: &quot;%1&quot; is not an http:// or https:// address such as https://gateway.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="176"/>
        <source>base URL: remove the user name and password from the address; the access token goes in the token field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="181"/>
        <source>user id: must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="183"/>
        <source>user id: new-api needs your numeric user id (sent as New-Api-User); it is shown on the gateway&apos;s personal settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="163"/>
        <location filename="../core/settings/profilestore.cpp" line="187"/>
        <source>refresh interval: at least %1 s, or 0 for manual sync only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="161"/>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="190"/>
        <source>request budget: %1 is outside 1..%2 requests per 180 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="195"/>
        <source>backfill start: before 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="198"/>
        <source>overlap: %1 s is outside 0..%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="210"/>
        <source>the settings claim %1 stored profiles; only the first %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="235"/>
        <source>stored profile %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="237"/>
        <source>%1: unknown source &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="242"/>
        <source>%1: unknown database mode &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="247"/>
        <source>%1: database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="253"/>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="257"/>
        <source>%1: unknown scope &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="261"/>
        <source>%1: unknown mode &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="265"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="310"/>
        <source>could not save the profiles to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="332"/>
        <location filename="../core/settings/profilestore.cpp" line="355"/>
        <location filename="../core/settings/profilestore.cpp" line="386"/>
        <source>no profile called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="362"/>
        <source>profile &quot;%1&quot; was kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::QuotaBarChart</name>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="22"/>
        <source>Spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="24"/>
        <source>Spend by model over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="72"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="94"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="116"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="143"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::RankingModel</name>
    <message>
        <location filename="../ui/insightmodels.cpp" line="31"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="33"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="35"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="37"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="39"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="41"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="43"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="52"/>
        <location filename="../ui/insightmodels.cpp" line="257"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="54"/>
        <location filename="../ui/insightmodels.cpp" line="255"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="56"/>
        <location filename="../ui/insightmodels.cpp" line="259"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="58"/>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="60"/>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="62"/>
        <source>Cache read tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="64"/>
        <source>Cache write tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="66"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="120"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="122"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="131"/>
        <location filename="../ui/insightmodels.cpp" line="150"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="132"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="136"/>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="143"/>
        <source>Could not break the row down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="150"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="208"/>
        <source>%1 now, %2 in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="221"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="234"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="253"/>
        <source>Top models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="253"/>
        <source>Top channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="261"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="263"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="265"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::RankingView</name>
    <message>
        <location filename="../ui/rankingview.cpp" line="84"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="85"/>
        <source>Ran&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="88"/>
        <source>&amp;Filter dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="89"/>
        <source>Show &amp;logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="114"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="154"/>
        <source>by %1, change against %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ReportRenderer</name>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="148"/>
        <location filename="../ui/export/dashboardreport.cpp" line="337"/>
        <location filename="../ui/export/dashboardreport.cpp" line="381"/>
        <source>QuotaScope usage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="161"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="174"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="217"/>
        <source>No requests in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="223"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="223"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="238"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="320"/>
        <source>Generated by QuotaScope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="322"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="341"/>
        <source>cannot start a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="384"/>
        <source>cannot start an SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="397"/>
        <source>cannot encode the PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="410"/>
        <source>Unknown report format &quot;%1&quot; (use pdf, png or svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::RequestPieChart</name>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="22"/>
        <location filename="../ui/charts/requestpiechart.cpp" line="24"/>
        <source>Requests by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="39"/>
        <source>Requests by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::SavedView</name>
    <message>
        <location filename="../core/model/savedview.cpp" line="115"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="117"/>
        <source>not a QuotaScope view (no &quot;quotascope_view&quot; key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="121"/>
        <source>view format %1 is not supported (this version reads 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="129"/>
        <source>&quot;range&quot;: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="132"/>
        <source>a custom range needs &quot;from&quot; and &quot;to&quot; as ISO 8601 date-times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="134"/>
        <source>&quot;to&quot; must be after &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="138"/>
        <source>&quot;tz&quot;: unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="141"/>
        <source>&quot;granularity&quot;: &quot;%1&quot; is not hour, day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="144"/>
        <source>&quot;group_by&quot;: unknown dimension &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="147"/>
        <source>&quot;metric&quot;: unknown metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="152"/>
        <source>&quot;top&quot; must be a number of series, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="157"/>
        <source>&quot;filters&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="160"/>
        <source>&quot;filters.sources&quot; must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="164"/>
        <source>&quot;filters.%1&quot; must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="170"/>
        <location filename="../core/model/savedview.cpp" line="176"/>
        <source>&quot;filters.types&quot; must be a list of log types (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="202"/>
        <source>%1: too large for a view file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::SavedViewMenu</name>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="17"/>
        <source>V&amp;iews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="48"/>
        <source>Could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="64"/>
        <source>&amp;Save current view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="66"/>
        <source>&amp;Open view file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="67"/>
        <source>&amp;Export view file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="71"/>
        <source>(no saved views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="79"/>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="83"/>
        <source>Show the views &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="93"/>
        <location filename="../ui/savedviewmenu.cpp" line="98"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="93"/>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="101"/>
        <source>View &quot;%1&quot; saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="107"/>
        <location filename="../ui/savedviewmenu.cpp" line="112"/>
        <source>Open view file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="107"/>
        <source>QuotaScope views (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="117"/>
        <location filename="../ui/savedviewmenu.cpp" line="125"/>
        <source>Export view file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="118"/>
        <source>QuotaScope views (*.json)</source>
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
        <location filename="../core/settings/settings.cpp" line="122"/>
        <source>theme: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="125"/>
        <source>refresh interval: %1 s is outside %2..%3 s (0 means manual refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="131"/>
        <source>time zone: &quot;%1&quot; is not &quot;local&quot;, &quot;UTC&quot; or a known IANA zone such as Asia/Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="136"/>
        <source>currency: a custom currency needs a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="138"/>
        <source>currency: the custom exchange rate must be greater than 0 (units per USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="142"/>
        <source>language: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="145"/>
        <source>chart top-N: %1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="147"/>
        <source>week start: not a day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="199"/>
        <source>could not save the settings to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="60"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="66"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="67"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="68"/>
        <source>Refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71"/>
        <source>Search time zones, e.g. Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="79"/>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="88"/>
        <source>As the gateway shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="89"/>
        <source>US dollars ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="90"/>
        <source>Chinese yuan (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="91"/>
        <source>Tokens (raw quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="92"/>
        <source>Custom symbol and rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="98"/>
        <source> per USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="102"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="109"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="110"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="111"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="126"/>
        <source>&amp;Granularity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="127"/>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="131"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="134"/>
        <source>&amp;Week starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="135"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="136"/>
        <source>Currency s&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="137"/>
        <source>Exchange r&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="138"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="139"/>
        <source>A new language applies after QuotaScope restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="142"/>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="143"/>
        <source>Chart series (&amp;top N):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::SourceComparisonModel</name>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="76"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="122"/>
        <source>%1: %2
%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="131"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="155"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="157"/>
        <location filename="../ui/comparesourcesdialog.cpp" line="159"/>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="161"/>
        <source>Requests change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="163"/>
        <location filename="../ui/comparesourcesdialog.cpp" line="165"/>
        <source>Spend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="167"/>
        <source>Spend change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::StatCardsPanel</name>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="66"/>
        <source>Projected spend of this month (with the filters, whatever the range): the month so far plus each
remaining hour at what that weekday&apos;s hour cost on average over the last 4 whole weeks, with the
trend of those weeks. The interval is twice the weeks&apos; scatter. Needs a week of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Avg RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Avg TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Peak RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="78"/>
        <source>Refunds / net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="78"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="78"/>
        <source>Month-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="79"/>
        <source>Consumption requests in the range (with the filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="80"/>
        <source>Quota consumed, in the gateway&apos;s display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="80"/>
        <source>Prompt + completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="81"/>
        <source>Average requests per minute: requests / minutes in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="82"/>
        <source>Average tokens per minute: tokens / minutes in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="83"/>
        <source>Most requests in one calendar minute, from the raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="84"/>
        <source>Refunded quota (type 6 logs) and the net spend after refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="85"/>
        <source>Errors (type 5 logs) / (errors + consumption requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="156"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="157"/>
        <source>%1 quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="159"/>
        <source>in %1 · out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="162"/>
        <source>%1 estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="164"/>
        <location filename="../ui/statcardspanel.cpp" line="165"/>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="167"/>
        <location filename="../ui/statcardspanel.cpp" line="267"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="167"/>
        <source>needs raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statcardspanel.cpp" line="174"/>
        <source>%n refund(s) · net %1</source>
        <translation>
            <numerusform>%n refund · net %1</numerusform>
            <numerusform>%n refunds · net %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="176"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="183"/>
        <location filename="../ui/statcardspanel.cpp" line="259"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="245"/>
        <source>This period: %1
Previous period (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="246"/>
        <source>Change against the previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statcardspanel.cpp" line="261"/>
        <source>%1: %2 spent so far, %3 projected (%4 – %5), from %n week(s) of history</source>
        <translation>
            <numerusform>%1: %2 spent so far, %3 projected (%4 – %5), from %n week of history</numerusform>
            <numerusform>%1: %2 spent so far, %3 projected (%4 – %5), from %n weeks of history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="268"/>
        <source>needs a week of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="276"/>
        <source>Balance of %1: %2 left, %3 a day, runs out about %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="281"/>
        <source>Balance of %1: %2 left, nothing spent in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="285"/>
        <source>balance runs out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="46"/>
        <source>Gateway sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="50"/>
        <source>no keychain: tokens kept for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="121"/>
        <source>%1: %p% · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="122"/>
        <source>%1: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="139"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="141"/>
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="142"/>
        <source>about %n h</source>
        <translation>
            <numerusform>about %n h</numerusform>
            <numerusform>about %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="151"/>
        <source>syncing %1 % (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="153"/>
        <source>syncing %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="155"/>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="157"/>
        <location filename="../ui/syncstatuswidget.cpp" line="250"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="160"/>
        <source>waiting until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="162"/>
        <source>offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="164"/>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="166"/>
        <source>last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="168"/>
        <location filename="../ui/syncstatuswidget.cpp" line="224"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="170"/>
        <location filename="../ui/syncstatuswidget.cpp" line="224"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="172"/>
        <source>automatic sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="174"/>
        <location filename="../ui/syncstatuswidget.cpp" line="228"/>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="176"/>
        <location filename="../ui/syncstatuswidget.cpp" line="230"/>
        <source>manual sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="202"/>
        <source>%1: offline since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="204"/>
        <source>%n gateways offline since %1</source>
        <translation>
            <numerusform>%n gateway offline since %1</numerusform>
            <numerusform>%n gateways offline since %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="206"/>
        <source>%1: token or user id rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="208"/>
        <source>%1: waiting until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="210"/>
        <source>%1: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="212"/>
        <source>%1: sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="223"/>
        <source>%n gateways</source>
        <translation>
            <numerusform>%n gateway</numerusform>
            <numerusform>%n gateways</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="245"/>
        <source>Last successful sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="245"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="248"/>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="252"/>
        <source>automatic sync is off for this gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="254"/>
        <source>paused until the token or user id is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="258"/>
        <source>only when you choose Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="259"/>
        <source>Next sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="261"/>
        <source>%1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="265"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="266"/>
        <source>Backfill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="269"/>
        <source>Backing off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="269"/>
        <source>until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="271"/>
        <source>Offline since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="271"/>
        <source>%1; the cached data stays available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="273"/>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="278"/>
        <source>Click to manage the gateways.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::TokenTrendChart</name>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="19"/>
        <location filename="../ui/charts/tokentrendchart.cpp" line="21"/>
        <source>Tokens over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="84"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="147"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="159"/>
        <source>million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="159"/>
        <source>thousand tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="159"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScope::TrayController</name>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="21"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="22"/>
        <source>Open QuotaScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="23"/>
        <source>Pause alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="30"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="107"/>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="109"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="111"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="113"/>
        <source>Gateway not syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="122"/>
        <source> (%n open)</source>
        <translation>
            <numerusform> (%n open)</numerusform>
            <numerusform> (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="124"/>
        <source>Alerts paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="145"/>
        <source>%n new alerts</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="150"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaScope::TriageDialog</name>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="34"/>
        <source>Spend jumped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="36"/>
        <source>New IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="38"/>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="40"/>
        <source>Channel failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="42"/>
        <source>Channel slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="56"/>
        <source>Anomaly triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="59"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="60"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="61"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="63"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="68"/>
        <source>Spend involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="68"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="68"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="75"/>
        <source>Compared with the 4 periods of the same length before. Double-click an entry to show its logs in the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="102"/>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="131"/>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/triagedialog.cpp" line="132"/>
        <source>%n finding(s), spend in quota</source>
        <translation>
            <numerusform>%n finding, spend in quota</numerusform>
            <numerusform>%n findings, spend in quota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaScope::ViewNumbers</name>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="97"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="98"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="99"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="100"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="101"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="102"/>
        <source>Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="111"/>
        <source>Log types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="111"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="112"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="114"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <location filename="../core/store/rollupsql.cpp" line="85"/>
        <source>a rollup sum does not fit in a 64-bit number; the rows hold implausible values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="404"/>
        <source>column `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="405"/>
        <location filename="../core/ingest/rowmapper.cpp" line="724"/>
        <source>field `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="417"/>
        <source>the header has no column `%1` (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="462"/>
        <location filename="../core/ingest/rowmapper.cpp" line="474"/>
        <location filename="../core/ingest/rowmapper.cpp" line="728"/>
        <location filename="../core/ingest/rowmapper.cpp" line="766"/>
        <source>%1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="463"/>
        <location filename="../core/ingest/rowmapper.cpp" line="729"/>
        <source>%1 is outside the plausible range %2..%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="475"/>
        <location filename="../core/ingest/rowmapper.cpp" line="767"/>
        <source>%1 is outside 2000-01-01 .. now + 1 day (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="547"/>
        <location filename="../core/ingest/rowmapper.cpp" line="758"/>
        <source>%1 is not a whole number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="548"/>
        <location filename="../core/ingest/rowmapper.cpp" line="611"/>
        <location filename="../core/ingest/rowmapper.cpp" line="749"/>
        <source>%1 is not a number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="581"/>
        <source>%1 (the time) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="595"/>
        <source>%1 is not a time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="625"/>
        <source>%1 is not true or false (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="668"/>
        <source>`other`.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="744"/>
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
        <location filename="../core/store/sourcerepository.cpp" line="91"/>
        <source>a source needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="94"/>
        <location filename="../core/store/sourcerepository.cpp" line="114"/>
        <location filename="../core/store/sourcerepository.cpp" line="132"/>
        <location filename="../core/store/sourcerepository.cpp" line="137"/>
        <location filename="../core/store/sourcerepository.cpp" line="147"/>
        <location filename="../core/store/sourcerepository.cpp" line="151"/>
        <source>reading sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="99"/>
        <source>source &quot;%1&quot; holds %2 data and cannot also take %3 data; mixing them would count usage twice. Use another source name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="104"/>
        <location filename="../core/store/sourcerepository.cpp" line="107"/>
        <source>hourly aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="105"/>
        <location filename="../core/store/sourcerepository.cpp" line="108"/>
        <source>per-request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="117"/>
        <location filename="../core/store/sourcerepository.cpp" line="124"/>
        <source>adding source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="152"/>
        <source>no source named &quot;%1&quot; in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="174"/>
        <location filename="../core/store/sourcerepository.cpp" line="176"/>
        <source>removing a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="203"/>
        <location filename="../core/store/sourcerepository.cpp" line="208"/>
        <source>saving source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="210"/>
        <location filename="../core/store/sourcerepository.cpp" line="230"/>
        <source>no source with id %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="219"/>
        <source>renaming source %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="239"/>
        <location filename="../core/store/sourcerepository.cpp" line="245"/>
        <source>reading sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="253"/>
        <location filename="../core/store/sourcerepository.cpp" line="258"/>
        <source>counting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="267"/>
        <location filename="../core/store/sourcerepository.cpp" line="273"/>
        <source>saving sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="283"/>
        <location filename="../core/store/sourcerepository.cpp" line="296"/>
        <source>saving import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="309"/>
        <location filename="../core/store/sourcerepository.cpp" line="329"/>
        <source>reading import history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="102"/>
        <source>a sync of &quot;%1&quot; is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="129"/>
        <source>profile &quot;%1&quot;: the base URL is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="138"/>
        <source>profile &quot;%1&quot; has no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="178"/>
        <source>profile &quot;%1&quot;: one-api has no hourly data (/api/data); use the request-log mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="252"/>
        <source>profile &quot;%1&quot; reads everyone&apos;s logs, but user &quot;%2&quot; is a %3 on this gateway. Switch the profile to self scope or use an admin&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="341"/>
        <source>window %1, page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="381"/>
        <source>%1, window %2: page %3 holds exactly the rows of page %4. The gateway, or a proxy in front of it, seems to ignore the page parameter (p), so the list would never end; the sync stopped. Point profile &quot;%5&quot; at the gateway itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="412"/>
        <source>%1, window %2: still more rows after %3 pages, the most read for one window; the sync stopped. The gateway&apos;s list does not end as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="428"/>
        <source>window %1 kept changing while it was read (%2 reads; the gateway reported %3 then %4 rows, %5 were read). Sync again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="546"/>
        <source>hourly data %1: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="558"/>
        <source>hourly data %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="572"/>
        <source>hourly data %1: the rows of %2 / %3 sum to more than a 64-bit number holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../core/gateway/syncscheduler.cpp" line="240"/>
        <source>no credential store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../core/alerts/triage.cpp" line="75"/>
        <source>reading latencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="134"/>
        <source>token &quot;%1&quot; spent %2 times its usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="137"/>
        <source>token &quot;%1&quot; spent where it usually spends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="166"/>
        <source>channel &quot;%1&quot; failed %2 % of requests (usually %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="202"/>
        <source>token &quot;%1&quot; used model &quot;%2&quot; for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="207"/>
        <source>finding new models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="234"/>
        <location filename="../core/alerts/triage.cpp" line="251"/>
        <source>finding new IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="245"/>
        <source>token &quot;%1&quot; used from a new IP %2 (%3 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="272"/>
        <source>channel &quot;%1&quot; answers in %2 s on average (usually %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageFileReader</name>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="220"/>
        <source>the hourly rows of %1 / %2 sum to more than a 64-bit number holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="259"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="1123"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="253"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="272"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="292"/>
        <source>%1: the file is empty; cannot tell its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="344"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="410"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="951"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="1246"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="1254"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="1280"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="1287"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="419"/>
        <source>%1 (first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="430"/>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="470"/>
        <source>the header has no `created_at` column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="495"/>
        <source>the `logs` table has no created_at column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="823"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="982"/>
        <source>byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="830"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="987"/>
        <source>byte %1: a list item is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1021"/>
        <source>%1: the gateway answered with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1023"/>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="518"/>
        <source>unknown preset `%1` (known: burstgpt, azure-trace, mooncake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="535"/>
        <source>no column mapping for this file: give one (e.g. created_at=time,model_name=model) or a preset; its columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="543"/>
        <source>the column mapping has no created_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="668"/>
        <source>%1 line %2: cannot seek to byte %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="929"/>
        <source>reading failed at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="935"/>
        <source>the line is longer than %1 MiB; is this a JSONL file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="591"/>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="829"/>
        <source>the line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="770"/>
        <source>expected %1 columns as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="644"/>
        <source>repeated header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1202"/>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1236"/>
        <source>%1: the database has no `logs` table%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1240"/>
        <source> (it has `quota_data`: import that as hourly data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1260"/>
        <source>%1: cannot read `logs`: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1271"/>
        <source>%1 logs id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1272"/>
        <source>%1 logs row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1292"/>
        <source>%1: reading `logs` failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1301"/>
        <source>%1: the database has no `quota_data` table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1309"/>
        <source>%1: cannot read `quota_data`: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1323"/>
        <source>%1 quota_data row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1329"/>
        <source>%1 quota_data row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1339"/>
        <source>%1: reading `quota_data` failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewNumbers</name>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="34"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="35"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="36"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="37"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="38"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>Usage dashboard for new-api / one-api gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>Use the cache file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>Import the bundled demo data (once) and show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>Render the window to the PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Open the saved view &lt;file&gt; (range, filters, group-by, metric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Appearance for this run: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>Open the dashboard on this tab: overview, rankings or cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Start in the system tray, without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="121"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="127"/>
        <source>--theme expects system, light or dark, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="193"/>
        <source>--tab expects overview, rankings or cache, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
