<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Aggregator</name>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="211"/>
        <source>the totals of this range do not fit in a 64-bit number; the cache holds implausible values</source>
        <translation>此范围的合计超出 64 位整数的范围；缓存中有不合理的数值</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="228"/>
        <source>reading log types</source>
        <translation>读取日志类型</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="512"/>
        <source>the range holds more than %1 buckets at this granularity and no data; choose a shorter range or a coarser granularity</source>
        <translation>按此粒度，该范围超过 %1 个时段且没有数据；请选择更短的范围或更粗的粒度</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="520"/>
        <source>the range holds more than %1 buckets at this granularity; only %2 to %3 is reported (%4 buckets, where the data is); choose a shorter range or a coarser granularity</source>
        <translation>按此粒度，该范围超过 %1 个时段；只报告有数据的 %2 至 %3（%4 个时段）；请选择更短的范围或更粗的粒度</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="570"/>
        <source>cache: %1</source>
        <translation>缓存：%1</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="585"/>
        <location filename="../core/aggregate/aggregator.cpp" line="640"/>
        <source>building the report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="884"/>
        <source>computing the stat cards</source>
        <translation>计算统计卡片</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="897"/>
        <source>reading sources</source>
        <translation>读取数据源</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="966"/>
        <source>cache: hour %1 is not in its day %2</source>
        <translation>缓存：小时 %1 不在其所属日期 %2 内</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="982"/>
        <source>cache: the minute counts of hour %1 are malformed</source>
        <translation>缓存：小时 %1 的每分钟计数已损坏</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="987"/>
        <location filename="../core/aggregate/aggregator.cpp" line="1021"/>
        <source>computing the peak RPM</source>
        <translation>计算峰值 RPM</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="1038"/>
        <location filename="../core/aggregate/aggregator.cpp" line="1067"/>
        <source>counting estimated tokens</source>
        <translation>统计估算的 Tokens</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="1107"/>
        <source>listing values</source>
        <translation>列出取值</translation>
    </message>
    <message>
        <location filename="../core/aggregate/aggregator.cpp" line="1172"/>
        <source>breaking the ranking down</source>
        <translation>细分排行</translation>
    </message>
    <message>
        <location filename="../core/store/perfrollups.cpp" line="467"/>
        <location filename="../core/store/perfrollups.cpp" line="499"/>
        <source>reading the latency rollups</source>
        <translation>读取延迟汇总</translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="88"/>
        <source>no source named &quot;%1&quot; in the cache</source>
        <translation>缓存中没有名为“%1”的数据源</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="99"/>
        <source>all usage</source>
        <translation>全部用量</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="106"/>
        <source>in the last %1 h</source>
        <translation>最近 %1 小时内</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="107"/>
        <source>in the last %1 min</source>
        <translation>最近 %1 分钟内</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="134"/>
        <source>rule &quot;%1&quot;: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="316"/>
        <source>%1 spent %2 %3 (limit %4)</source>
        <translation>%1 %3消费 %2（上限 %4）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="324"/>
        <source>%1 made %2 requests %3 (limit %4)</source>
        <translation>%1 %3发出 %2 次请求（上限 %4）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="351"/>
        <location filename="../core/alerts/alertevaluator.cpp" line="354"/>
        <source>%1 requests</source>
        <translation>%1 次请求</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="357"/>
        <source>%1: %2 %3, usually %4 at this time (z = %5)</source>
        <translation>%1：%3为 %2，平时此时段约为 %4（z = %5）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="372"/>
        <source>%1: %2 % of %3 requests failed %4 (limit %5 %)</source>
        <translation>%1：%4 %3 次请求中 %2% 失败（上限 %5%）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="520"/>
        <source>%1 used model &quot;%2&quot; for the first time</source>
        <translation>%1 首次使用模型“%2”</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="521"/>
        <source>%1 used channel &quot;%2&quot; for the first time</source>
        <translation>%1 首次使用渠道“%2”</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="439"/>
        <location filename="../core/alerts/alertevaluator.cpp" line="469"/>
        <location filename="../core/alerts/alertevaluator.cpp" line="485"/>
        <source>finding first uses</source>
        <translation>查找首次使用</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="564"/>
        <source>source &quot;%1&quot;: balance %2, below %3</source>
        <translation>数据源“%1”：余额 %2，低于 %3</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="584"/>
        <source>source &quot;%1&quot; has not synced for %2 minutes</source>
        <translation>数据源“%1”已 %2 分钟未同步</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="587"/>
        <source>source &quot;%1&quot; has never synced successfully</source>
        <translation>数据源“%1”从未成功同步</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertevaluator.cpp" line="599"/>
        <source>this condition depends on the state at each sync and cannot be replayed from the usage history</source>
        <translation>该条件取决于每次同步时的状态，无法用历史用量回放</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="152"/>
        <source>the rule has no id</source>
        <translation>规则没有 ID</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="154"/>
        <source>threshold must be a number of 0 or more</source>
        <translation>threshold 必须是大于或等于 0 的数字</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="156"/>
        <source>window_minutes must be a whole number of hours between 60 and 10080</source>
        <translation>window_minutes 必须是 60 到 10080 之间的整小时数</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="159"/>
        <source>min_requests must be 0 or more</source>
        <translation>min_requests 必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="162"/>
        <source>new_model and new_channel watch a token or a user: set scope to token or user</source>
        <translation>new_model 和 new_channel 监视令牌或用户：请将 scope 设为 token 或 user</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="166"/>
        <source>balance_below and not_synced apply to sources: set scope to source or all</source>
        <translation>balance_below 和 not_synced 作用于数据源：请将 scope 设为 source 或 all</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="169"/>
        <source>an error rate threshold is a percentage from 0 to 100</source>
        <translation>错误率阈值是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="204"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="213"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="226"/>
        <source>unknown condition &quot;%1&quot; (use %2)</source>
        <translation>未知条件“%1”（可用：%2）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="230"/>
        <source>unknown scope &quot;%1&quot; (use %2)</source>
        <translation>未知范围“%1”（可用：%2）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="233"/>
        <source>unknown severity &quot;%1&quot; (use warning or alert)</source>
        <translation>未知级别“%1”（可用 warning 或 alert）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="237"/>
        <source>unknown metric &quot;%1&quot; (use quota or requests)</source>
        <translation>未知指标“%1”（可用 quota 或 requests）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="242"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="253"/>
        <source>window_minutes and min_requests are whole numbers</source>
        <translation>window_minutes 和 min_requests 必须是整数</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="265"/>
        <source>per %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="269"/>
        <source>Spend above %1 %2</source>
        <translation>%2消费高于 %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="272"/>
        <source>More than %1 requests %2</source>
        <translation>%2请求超过 %1 次</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="275"/>
        <source>Spike: %1 minutes with a robust z-score above %2 against the same time of the previous 7 days (at least %3 requests)</source>
        <translation>突增：%1 分钟内相对前 7 天同一时段的稳健 z 分数高于 %2（至少 %3 次请求）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="283"/>
        <source>Error rate above %1 % %2 (at least %3 requests)</source>
        <translation>%2错误率高于 %1%（至少 %3 次请求）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="289"/>
        <source>Balance below %1</source>
        <translation>余额低于 %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="292"/>
        <source>A model used for the first time, within %1 minutes</source>
        <translation>%1 分钟内首次使用某个模型</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="296"/>
        <source>A channel used for the first time, within %1 minutes</source>
        <translation>%1 分钟内首次使用某个渠道</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="300"/>
        <source>Not synced for more than %1 minutes</source>
        <translation>超过 %1 分钟未同步</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="305"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="307"/>
        <source>each %1</source>
        <translation>每个 %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="309"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="311"/>
        <source>%1 in source &quot;%2&quot;</source>
        <translation>数据源“%2”中的%1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="312"/>
        <source>%1, for %2</source>
        <translation>%1，适用于%2</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="328"/>
        <source>Spend spike on a token</source>
        <translation>令牌消费突增</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="336"/>
        <source>Spend spike on a channel</source>
        <translation>渠道消费突增</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="341"/>
        <source>Channel failing</source>
        <translation>渠道故障</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="349"/>
        <source>Gateway not synced</source>
        <translation>网关未同步</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="385"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="389"/>
        <source>expected a JSON object with a &quot;rules&quot; list</source>
        <translation>应为包含 &quot;rules&quot; 列表的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="394"/>
        <source>rule file version %1 is newer than this QuotaScope reads (%2)</source>
        <translation>规则文件版本 %1 高于此 QuotaScope 可读取的版本（%2）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="401"/>
        <source>renotify_minutes must be a number of minutes from 0 to 525600</source>
        <translation>renotify_minutes 必须是 0 到 525600 之间的分钟数</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="410"/>
        <source>quiet_hours needs &quot;from&quot; and &quot;to&quot; as HH:mm</source>
        <translation>quiet_hours 需要 HH:mm 格式的 &quot;from&quot; 和 &quot;to&quot;</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="415"/>
        <source>expected a &quot;rules&quot; list</source>
        <translation>应为 &quot;rules&quot; 列表</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="422"/>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation>规则 %1（“%2”）</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="424"/>
        <source>rule %1: expected an object</source>
        <translation>规则 %1：应为对象</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="430"/>
        <source>%1: the id &quot;%2&quot; is used twice</source>
        <translation>%1：ID“%2”重复使用</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertrule.cpp" line="445"/>
        <source>%1: too large for a rule file</source>
        <translation>%1：文件过大，不是规则文件</translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="47"/>
        <source>storing alerts</source>
        <translation>保存告警</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="194"/>
        <source>reading alerts</source>
        <translation>读取告警</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="222"/>
        <source>recording the balance</source>
        <translation>记录余额</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertstore.cpp" line="238"/>
        <source>reading the balance history</source>
        <translation>读取余额历史</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../platform/autostart/autostart.cpp" line="29"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../platform/autostart/autostart.cpp" line="75"/>
        <source>cannot change %1</source>
        <translation>无法修改 %1</translation>
    </message>
    <message>
        <location filename="../platform/autostart/autostart.cpp" line="82"/>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>CacheCompactJob</name>
    <message numerus="yes">
        <location filename="../ui/cachecompactjob.cpp" line="24"/>
        <source>%Ln older request(s) now stored compactly.</source>
        <translation>
            <numerusform>已压缩存储 %Ln 个较早的请求。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="28"/>
        <source>Stopped: the rest stay as they were, and the space was not given back yet.</source>
        <translation>已停止：其余请求保持原样，空间尚未归还。</translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="32"/>
        <source>The cache went from %1 to %2.</source>
        <translation>缓存从 %1 缩小到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="36"/>
        <source>Another program is reading the cache: the file shrinks when it is done with it.</source>
        <translation>另一个程序正在读取缓存：它读取完成后文件才会缩小。</translation>
    </message>
    <message>
        <location filename="../ui/cachecompactjob.cpp" line="42"/>
        <source>The space was not given back: %1.</source>
        <translation>空间未归还：%1。</translation>
    </message>
</context>
<context>
    <name>CacheCompactor</name>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="106"/>
        <source>giving the space back needs about %1 free next to the cache (for a copy and its log); %2 is free</source>
        <translation>归还空间需要缓存所在位置约有 %1 可用空间（用于副本及其日志）；当前可用 %2</translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="111"/>
        <source>giving the space back needs about %1 free next to the cache (for its log); %2 is free</source>
        <translation>归还空间需要缓存所在位置约有 %1 可用空间（用于其日志）；当前可用 %2</translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="116"/>
        <source>giving the space back needs about %1 free in the temporary directory (for a copy); %2 is free</source>
        <translation>归还空间需要临时目录约有 %1 可用空间（用于副本）；当前可用 %2</translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="174"/>
        <source>another program is writing to the cache (an import or a sync): run compact again when it is done to give the space back</source>
        <translation>另一个程序正在写入缓存（导入或同步）：请在其完成后再次运行 compact 以归还空间</translation>
    </message>
    <message>
        <location filename="../core/store/cachecompactor.cpp" line="178"/>
        <source>giving the space back failed: %1</source>
        <translation>归还空间失败：%1</translation>
    </message>
</context>
<context>
    <name>CacheDb</name>
    <message>
        <location filename="../core/store/cachedb.cpp" line="350"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="357"/>
        <source>another program is writing the cache and holds it locked (quotascope-cli does so while it imports into an empty cache); try again when it has finished</source>
        <translation>另一个程序正在写入缓存并将其锁定（quotascope-cli 向空缓存导入时会这样做）；请在它完成后重试</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="393"/>
        <location filename="../core/store/cachedb.cpp" line="416"/>
        <source>cannot read the cache (%1); the file may not be a SQLite database</source>
        <translation>无法读取缓存（%1）；该文件可能不是 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="428"/>
        <source>this SQLite file is not a QuotaScope cache; choose another file or remove it</source>
        <translation>此 SQLite 文件不是 QuotaScope 缓存；请选择其他文件或将其删除</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="434"/>
        <source>the cache has schema version %1, but this QuotaScope supports up to version %2; update QuotaScope or use another cache file</source>
        <translation>缓存的结构版本为 %1，而当前 QuotaScope 最高只支持版本 %2；请升级 QuotaScope 或使用其他缓存文件</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="380"/>
        <source>cannot enable WAL: %1</source>
        <translation>无法启用 WAL：%1</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="463"/>
        <source>cannot start the migration: %1</source>
        <translation>无法开始迁移：%1</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="478"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>迁移到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="509"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../core/store/cachedb.cpp" line="514"/>
        <source>cannot open the cache: %1</source>
        <translation>无法打开缓存：%1</translation>
    </message>
</context>
<context>
    <name>CacheOpener</name>
    <message>
        <location filename="../ui/cacheopener.cpp" line="46"/>
        <source>QuotaScope cannot open its cache.</source>
        <translation>QuotaScope 无法打开它的缓存。</translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="49"/>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="50"/>
        <source>&amp;Open Another File…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="51"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="65"/>
        <source>Open or Create a Cache</source>
        <translation>打开或新建缓存</translation>
    </message>
    <message>
        <location filename="../ui/cacheopener.cpp" line="66"/>
        <source>QuotaScope caches (*.sqlite *.db);;All files (*)</source>
        <translation>QuotaScope 缓存 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="31"/>
        <source>cannot draw an SVG</source>
        <translation>无法绘制 SVG</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="42"/>
        <source>cannot encode the PNG</source>
        <translation>无法编码 PNG</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="12"/>
        <source>Reachable: yes</source>
        <translation>可访问：是</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="13"/>
        <source>Reachable: no</source>
        <translation>可访问：否</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="15"/>
        <source>Gateway: %1 %2</source>
        <translation>网关：%1 %2</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="18"/>
        <source>Money: %1, %2 quota per unit</source>
        <translation>货币：%1，每单位 %2 额度</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="23"/>
        <source>User: %1 (id %2), %3</source>
        <translation>用户：%1（ID %2），%3</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="28"/>
        <source>Admin scope (everyone&apos;s logs): allowed</source>
        <translation>管理员范围（所有人的日志）：允许</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="29"/>
        <source>Admin scope (everyone&apos;s logs): not allowed, use self scope</source>
        <translation>管理员范围（所有人的日志）：不允许，请使用“我自己的用量”范围</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="33"/>
        <source>Data export: %1</source>
        <translation>数据导出：%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="35"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="36"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="37"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="38"/>
        <source>Data export interval: %1</source>
        <translation>数据导出间隔：%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="40"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="41"/>
        <source>unknown (readable only by root)</source>
        <translation>未知（仅超级管理员可读取）</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="44"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="46"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="97"/>
        <source>no access token: enter the token generated on the gateway&apos;s personal settings page</source>
        <translation>没有访问令牌：请填写在网关“个人设置”页面生成的令牌</translation>
    </message>
    <message>
        <location filename="../core/gateway/connectiontester.cpp" line="131"/>
        <source>could not read the gateway options: %1</source>
        <translation>无法读取网关的系统设置：%1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="288"/>
        <source>line 1: invalid UTF-8 at the start of the file</source>
        <translation>第 1 行：文件开头不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="216"/>
        <source>line %1: quoted field is not closed before the end of the file</source>
        <translation>第 %1 行：带引号的字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="184"/>
        <source>line %1: reading failed at byte %2: %3</source>
        <translation>第 %1 行：在第 %2 字节处读取失败：%3</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="242"/>
        <source>line %1: unexpected character after a closing quote</source>
        <translation>第 %1 行：右引号后出现意外字符</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="307"/>
        <source>line %1: a record is longer than %2 MiB; is this a CSV file?</source>
        <translation>第 %1 行：一条记录超过 %2 MiB；这是 CSV 文件吗？</translation>
    </message>
</context>
<context>
    <name>DataDashboardOptions</name>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="35"/>
        <source>option %1: &quot;%2&quot; is not a whole number of minutes</source>
        <translation>设置项 %1：“%2”不是整数分钟</translation>
    </message>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="45"/>
        <source>the gateway has no data dashboard options (DataExportEnabled, DataExportInterval, DataExportDefaultTime); one-api does not have them</source>
        <translation>网关没有数据看板设置项（DataExportEnabled、DataExportInterval、DataExportDefaultTime）；one-api 不提供这些设置</translation>
    </message>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="55"/>
        <source>%1: %2 minutes is outside %3..%4</source>
        <translation>%1：%2 分钟超出 %3..%4 的范围</translation>
    </message>
    <message>
        <location filename="../core/settings/dashboardoptions.cpp" line="62"/>
        <source>%1: &quot;%2&quot; is not hour, day or week</source>
        <translation>%1：“%2”不是 hour、day 或 week</translation>
    </message>
</context>
<context>
    <name>DatabaseProfile</name>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="88"/>
        <source>SQLite file %1</source>
        <translation>SQLite 文件 %1</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="89"/>
        <source>%1 at %2:%3/%4</source>
        <translation>%2:%3/%4 上的 %1</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="103"/>
        <source>the database address is empty</source>
        <translation>数据库地址为空</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="109"/>
        <source>database address &quot;%1&quot;: unknown engine &quot;%2&quot; (use postgresql://, mysql:// or sqlite://)</source>
        <translation>数据库地址“%1”：未知的数据库类型“%2”（请使用 postgresql://、mysql:// 或 sqlite://）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="116"/>
        <source>database address &quot;sqlite://&quot;: no file</source>
        <translation>数据库地址“sqlite://”：缺少文件路径</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="122"/>
        <source>database address: %1</source>
        <translation>数据库地址：%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="125"/>
        <source>the database address carries a password: leave it out (it would stay in the shell history and the process list) and give it in $QUOTASCOPE_DB_PASSWORD or on standard input</source>
        <translation>数据库地址中含有密码：请去掉它（否则会留在 shell 历史和进程列表中），改用 $QUOTASCOPE_DB_PASSWORD 或标准输入提供</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="138"/>
        <source>database address: %1=%2 is not one of disable, prefer, require, verify-ca, verify-full</source>
        <translation>数据库地址：%1=%2 不是 disable、prefer、require、verify-ca、verify-full 之一</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="148"/>
        <source>database address: unknown parameter &quot;%1&quot; (known: sslmode, sslrootcert, logs)</source>
        <translation>数据库地址：未知参数“%1”（可用：sslmode、sslrootcert、logs）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="207"/>
        <source>the certificate authority file &quot;%1&quot; has a &quot;;&quot; in its name, which the database drivers cannot take; copy it to a name without one</source>
        <translation>证书颁发机构文件“%1”的名称中含有“;”，数据库驱动无法接受；请将其复制为不含该字符的名称</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="186"/>
        <source>the SQLite file is missing</source>
        <translation>缺少 SQLite 文件</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="191"/>
        <source>the database host is missing</source>
        <translation>缺少数据库主机</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="194"/>
        <source>the database port %1 is not between 1 and 65535</source>
        <translation>数据库端口 %1 不在 1 到 65535 之间</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="197"/>
        <source>the database name is missing (e.g. postgresql://user@%1/newapi)</source>
        <translation>缺少数据库名（例如 postgresql://user@%1/newapi）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbprofile.cpp" line="202"/>
        <source>the database user is missing (e.g. postgresql://reader@%1/%2)</source>
        <translation>缺少数据库用户（例如 postgresql://reader@%1/%2）</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../ui/demodata.cpp" line="42"/>
        <source>The demo data is missing from this build (%1).</source>
        <translation>此版本缺少演示数据（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/demodata.cpp" line="45"/>
        <source>Cannot write a temporary copy of the demo data: %1</source>
        <translation>无法写入演示数据的临时副本：%1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../ui/export/exportfile.h" line="15"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <location filename="../ui/filepreview.cpp" line="33"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="42"/>
        <source>(binary file: %1 bytes)</source>
        <translation>（二进制文件：%1 字节）</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="53"/>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="64"/>
        <source>could not write a temporary sample file</source>
        <translation>无法写入临时样本文件</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="69"/>
        <source>no row preview for a large %1 file; the import reads it all</source>
        <translation>%1 文件过大，不提供行预览；导入时会完整读取</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filepreview.cpp" line="100"/>
        <source>hourly aggregates: %n bucket(s) in the sample</source>
        <translation>
            <numerusform>按小时聚合：样本中有 %n 个时段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayAccount</name>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="96"/>
        <source>root</source>
        <translation>超级管理员</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="98"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="100"/>
        <source>common user</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaystatus.cpp" line="101"/>
        <source>guest</source>
        <translation>访客</translation>
    </message>
</context>
<context>
    <name>GatewayClient</name>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="89"/>
        <source>%1 uses plain http: the access token travels unencrypted. Use https unless this network is trusted.</source>
        <translation>%1 使用明文 http：访问令牌将以未加密的方式传输。除非该网络可信，否则请使用 https。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="171"/>
        <source>no network access available</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="177"/>
        <source>request budget of %1 per %2 s used up</source>
        <translation>请求配额（每 %2 秒 %1 次）已用完</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="256"/>
        <source>%1: %2; gave up after %3 attempts. Check that the gateway is up and reachable, then sync again.</source>
        <translation>%1：%2；尝试 %3 次后放弃。请确认网关正在运行且可以访问，然后重新同步。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="277"/>
        <source>%1: the answer redirects to %2, which is not the gateway&apos;s own address %3. The access token is only sent to %3, so the request stopped. If the gateway has moved, change the base URL of profile &quot;%4&quot;; if a sign-in proxy stands in front of it, use an address that reaches the gateway directly.</source>
        <translation>%1：响应重定向到 %2，而这不是网关自己的地址 %3。访问令牌只会发送给 %3，因此请求已停止。如果网关已迁移，请修改配置“%4”的基础 URL；如果网关前面有登录代理，请使用能直接访问网关的地址。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="291"/>
        <source>%1: the answer is larger than %2 MiB, the most QuotaScope reads in one answer; the request stopped. Check that the base URL of profile &quot;%3&quot; points at the gateway itself.</source>
        <translation>%1：响应大于 %2 MiB（QuotaScope 单次响应读取的上限）；请求已停止。请确认配置“%3”的基础 URL 指向网关本身。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="318"/>
        <source>access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="320"/>
        <source>Check the access token of profile &quot;%1&quot; (it changes whenever a new one is generated).</source>
        <translation>请检查配置“%1”的访问令牌（每次重新生成后令牌都会改变）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="322"/>
        <source>Check the access token and the numeric user id of profile &quot;%1&quot; (the token changes whenever a new one is generated; the user id must be the token owner&apos;s).</source>
        <translation>请检查配置“%1”的访问令牌和数字用户 ID（每次重新生成后令牌都会改变；用户 ID 必须是令牌所属用户的 ID）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="326"/>
        <source>%1: HTTP %2, the gateway refused the credentials (%3). %4</source>
        <translation>%1：HTTP %2，网关拒绝了凭据（%3）。%4</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="337"/>
        <source>%1: still rate limited (HTTP 429) after %2 waits. Lower the request budget of profile &quot;%3&quot; or sync later.</source>
        <translation>%1：等待 %2 次后仍被限流（HTTP 429）。请降低配置“%3”的请求配额，或稍后再同步。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="353"/>
        <source>the gateway is rate limiting us (HTTP 429)</source>
        <translation>网关正在限流（HTTP 429）</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="369"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="380"/>
        <source>invalid or truncated JSON (%1 at byte %2)</source>
        <translation>JSON 无效或不完整（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="386"/>
        <source>%1: HTTP %2; is this a new-api or one-api gateway?</source>
        <translation>%1：HTTP %2；这是 new-api 或 one-api 网关吗？</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="397"/>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayclient.cpp" line="399"/>
        <source>%1: the gateway answered: %2</source>
        <translation>%1：网关返回：%2</translation>
    </message>
</context>
<context>
    <name>GatewayDatabase</name>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="80"/>
        <source>new-api (older: no request_id, ip)</source>
        <translation>new-api（旧版：无 request_id、ip）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="86"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="92"/>
        <source>Server: %1 (%2)</source>
        <translation>服务器：%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="94"/>
        <source>about %1 rows</source>
        <translation>约 %1 行</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="95"/>
        <source>row count unknown (no statistics yet)</source>
        <translation>行数未知（尚无统计信息）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="98"/>
        <source>Table logs: %1 schema, %2</source>
        <translation>logs 表：%1 结构，%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="101"/>
        <source>Table logs: missing</source>
        <translation>logs 表：不存在</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="103"/>
        <source>Table quota_data: present, %1</source>
        <translation>quota_data 表：存在，%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="106"/>
        <source>Table quota_data: missing (one-api has none)</source>
        <translation>quota_data 表：不存在（one-api 没有此表）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="108"/>
        <source>The account may read: nothing of logs or quota_data</source>
        <translation>该账号可读取：logs 和 quota_data 均不可读</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="109"/>
        <source>The account may read: %1</source>
        <translation>该账号可读取：%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="112"/>
        <source>The account may also write (%1). QuotaScope&apos;s session is read-only, but an account that can only read is safer.</source>
        <translation>该账号还有写权限（%1）。QuotaScope 的会话是只读的，但使用只读账号更安全。</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="116"/>
        <source>Session: read-only</source>
        <translation>会话：只读</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="117"/>
        <source>Session: NOT read-only</source>
        <translation>会话：并非只读</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="207"/>
        <source>%1 did not encrypt the connection (TLS mode &quot;%2&quot;): the server offers no TLS%3; nothing was read</source>
        <translation>%1 未加密连接（TLS 模式“%2”）：服务器不提供 TLS%3；未读取任何内容</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="314"/>
        <source>%1: cannot cancel the running query: %2</source>
        <translation>%1：无法取消正在运行的查询：%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="357"/>
        <source>%1: the query was cancelled</source>
        <translation>%1：查询已取消</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="358"/>
        <source>the query was cancelled: %1</source>
        <translation>查询已取消：%1</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="364"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="447"/>
        <source>%1: TLS mode &quot;verify-full&quot; is not available for MySQL: Qt 6.4&apos;s MySQL driver cannot ask the client library to check the server&apos;s host name; use &quot;verify-ca&quot; with sslrootcert=FILE (the certificate must come from that authority) or reach the server through an SSH tunnel</source>
        <translation>%1：MySQL 不支持 TLS 模式“verify-full”：Qt 6.4 的 MySQL 驱动无法让客户端库检查服务器的主机名；请使用“verify-ca”并加上 sslrootcert=FILE（证书必须由该机构签发），或通过 SSH 隧道连接服务器</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="455"/>
        <source>%1: TLS mode &quot;verify-ca&quot; for MySQL needs the certificate authority&apos;s file: add sslrootcert=FILE to the address</source>
        <translation>%1：MySQL 的 TLS 模式“verify-ca”需要证书颁发机构的文件：请在地址中加上 sslrootcert=FILE</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="135"/>
        <source>Qt&apos;s %1 driver is not installed (package %2); cannot reach %3</source>
        <translation>未安装 Qt 的 %1 驱动（软件包 %2），无法连接 %3</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="187"/>
        <source>%1 refused the login of user &quot;%2&quot;: %3. Check the password (from $QUOTASCOPE_DB_PASSWORD or standard input).</source>
        <translation>%1 拒绝了用户“%2”的登录：%3。请检查密码（来自 $QUOTASCOPE_DB_PASSWORD 或标准输入）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="193"/>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="229"/>
        <source>%1: cannot make the session read-only (%2): %3</source>
        <translation>%1：无法将会话设为只读（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="437"/>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="643"/>
        <location filename="../core/gateway/dbsource.cpp" line="673"/>
        <source>%1 on %2</source>
        <translation>%2 的 %1 权限</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="755"/>
        <source>reading logs</source>
        <translation>读取 logs</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="756"/>
        <source>reading logs after id %1</source>
        <translation>读取 id %1 之后的 logs</translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="361"/>
        <location filename="../core/gateway/dbsource.cpp" line="840"/>
        <source>%1 has no `logs` table%2</source>
        <translation>%1 中没有 `logs` 表%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="842"/>
        <source> (new-api may keep it in a separate database, LOG_SQL_DSN: name it as the profile&apos;s logs database)</source>
        <translation>（new-api 可能把它放在单独的数据库中（LOG_SQL_DSN）：请在配置中将其填为日志数据库）</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="788"/>
        <location filename="../core/gateway/dbsource.cpp" line="796"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/dbsource.cpp" line="791"/>
        <source>%1: the `logs` table has no id column to copy by</source>
        <translation>%1：`logs` 表没有可用于复制的 id 列</translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="407"/>
        <location filename="../core/gateway/dbsource.cpp" line="914"/>
        <location filename="../core/gateway/dbsource.cpp" line="921"/>
        <source>%1, logs id %2: %3</source>
        <translation>%1，logs id %2：%3</translation>
    </message>
</context>
<context>
    <name>GatewayOptions</name>
    <message>
        <location filename="../core/gateway/gatewayoptions.cpp" line="34"/>
        <source>the gateway lets only its root account read or change these options; &quot;%1&quot; is %2</source>
        <translation>网关只允许超级管理员读取或修改这些设置；“%1”是%2</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewayoptions.cpp" line="88"/>
        <source>saving %1: %2</source>
        <translation>保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>IdentityAssigner</name>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="116"/>
        <source>%1: these are not the gateway&apos;s log ids but row numbers, as in a user&apos;s own logs (/api/log/self); import the file as self logs</source>
        <translation>%1：这些不是网关的日志 ID，而是行号（与用户自己的日志 /api/log/self 相同）；请将该文件作为“我自己的日志”导入</translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="137"/>
        <source>id %1 appears at two different times</source>
        <translation>ID %1 出现在两个不同的时间</translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="151"/>
        <source>ids rise as time falls</source>
        <translation>ID 递增而时间递减</translation>
    </message>
    <message>
        <location filename="../core/ingest/identityassigner.cpp" line="165"/>
        <source>rows are out of time order by more than an hour (a row at %1 follows rows far from it); identical rows cannot be told apart safely, sort the file by time</source>
        <translation>行的时间顺序错乱超过一小时（%1 的一行排在与其相距很远的行之后）；无法可靠地区分完全相同的行，请先按时间排序文件</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="103"/>
        <source>mapping `%1` is not of the form field=column</source>
        <translation>映射 `%1` 的格式不是 字段=列</translation>
    </message>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="110"/>
        <source>unknown record field `%1` (known: %2)</source>
        <translation>未知的记录字段 `%1`（已知字段：%2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/importoptions.cpp" line="118"/>
        <source>the column mapping is empty</source>
        <translation>列映射为空</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/ingest/importer.cpp" line="140"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="154"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>JsonItemReader</name>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="30"/>
        <source>line %1 (byte %2): reading failed: %3</source>
        <translation>第 %1 行（第 %2 字节）：读取失败：%3</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="36"/>
        <source>line %1 (byte %2): %3</source>
        <translation>第 %1 行（第 %2 字节）：%3</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="54"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="260"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="325"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="359"/>
        <source>the document ends early (truncated?)</source>
        <translation>文档提前结束（可能被截断？）</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="57"/>
        <source>expected `%1`, found `%2`</source>
        <translation>应为 `%1`，实际为 `%2`</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="69"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="75"/>
        <location filename="../core/ingest/jsonitemreader.cpp" line="227"/>
        <source>the document ends inside a string</source>
        <translation>文档在字符串内部结束</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="228"/>
        <source>the document ends inside an object or a list (truncated?)</source>
        <translation>文档在对象或列表内部结束（可能被截断？）</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="270"/>
        <source>expected a value, found `%1`</source>
        <translation>应为一个值，实际为 `%1`</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="303"/>
        <source>the document ends inside the list (truncated?)</source>
        <translation>文档在列表内部结束（可能被截断？）</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="304"/>
        <source>expected `,` or `]` in the list</source>
        <translation>列表中应为 `,` 或 `]`</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="326"/>
        <source>expected a key in quotes</source>
        <translation>应为带引号的键</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="346"/>
        <source>`%1` is neither a list nor null</source>
        <translation>`%1` 既不是列表也不是 null</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="360"/>
        <source>expected `,` or `}`</source>
        <translation>应为 `,` 或 `}`</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="381"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="383"/>
        <source>not a JSON object or array</source>
        <translation>不是 JSON 对象或数组</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonitemreader.cpp" line="388"/>
        <source>unexpected text after the JSON document</source>
        <translation>JSON 文档之后有多余的文本</translation>
    </message>
</context>
<context>
    <name>LiveAggregator</name>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="65"/>
        <source>live from %1 at %2</source>
        <translation>实时读取自 %2 上的 %1</translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="195"/>
        <source>the range holds more than %1 buckets at this granularity; choose a shorter range or a coarser granularity</source>
        <translation>该范围在此粒度下超过 %1 个时间段；请选择更短的范围或更粗的粒度</translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="159"/>
        <source>a live database is one source: group by another dimension</source>
        <translation>实时数据库只有一个数据源：请按其他维度分组</translation>
    </message>
    <message>
        <location filename="../core/aggregate/liveaggregator.cpp" line="234"/>
        <location filename="../core/aggregate/liveaggregator.cpp" line="272"/>
        <location filename="../core/aggregate/liveaggregator.cpp" line="281"/>
        <source>the totals of this range do not fit in a 64-bit number</source>
        <translation>该范围的合计超出 64 位整数范围</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="29"/>
        <source>log id %1</source>
        <translation>日志 ID %1</translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="31"/>
        <source>log at %1</source>
        <translation>时间为 %1 的日志</translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="59"/>
        <source>unexpected log list: an object without items or total</source>
        <translation>日志列表格式异常：对象中没有 items 或 total</translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="66"/>
        <source>unexpected log list: neither an array nor a page object</source>
        <translation>日志列表格式异常：既不是数组也不是分页对象</translation>
    </message>
    <message>
        <location filename="../core/gateway/logpage.cpp" line="74"/>
        <source>unexpected log entry: not an object</source>
        <translation>日志条目格式异常：不是对象</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.h" line="33"/>
        <source>memory (this run only)</source>
        <translation>内存（仅本次运行）</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.h" line="40"/>
        <source>no token stored for profile &quot;%1&quot;</source>
        <translation>配置“%1”没有保存令牌</translation>
    </message>
</context>
<context>
    <name>OtherDecoder</name>
    <message>
        <location filename="../core/store/othercodec.cpp" line="277"/>
        <source>a record&apos;s `other` does not fit its stored layout; the cache may be damaged</source>
        <translation>某条记录的 `other` 与其存储的布局不符；缓存可能已损坏</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QuotaScope</name>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="41"/>
        <source>Top 10 models</source>
        <translation>前 10 个模型</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="43"/>
        <source>Top 10 users</source>
        <translation>前 10 个用户</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="45"/>
        <source>Top 10 tokens</source>
        <translation>前 10 个令牌</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="47"/>
        <source>Top 10 channels</source>
        <translation>前 10 个渠道</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="49"/>
        <source>Top 10 groups</source>
        <translation>前 10 个分组</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="51"/>
        <source>Top 10 sources</source>
        <translation>前 10 个数据源</translation>
    </message>
</context>
<context>
    <name>QuotaScope::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="39"/>
        <source>About QuotaScope</source>
        <translation>关于 QuotaScope</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="49"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="53"/>
        <source>QuotaScope is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation>QuotaScope 是自由软件，以 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）发布。本软件不提供任何担保。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="79"/>
        <source>&lt;p&gt;&lt;b&gt;QuotaScope&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Where the requests, tokens and money of your AI API gateways go: new-api and one-api usage from the gateway&apos;s API, its database or exported log files, cached locally.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;QuotaScope&lt;/b&gt;&lt;/p&gt;&lt;p&gt;查看 AI API 网关的请求、Tokens 和费用都用在了哪里：从网关 API、网关数据库或导出的日志文件读取 new-api 和 one-api 的用量，并缓存在本地。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="91"/>
        <source>The bundled demo data is derived from these public LLM request traces; the tests use short excerpts of them:</source>
        <translation>内置的演示数据来自以下公开的 LLM 请求轨迹；测试使用其中的简短摘录：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="97"/>
        <source>licence %1</source>
        <translation>许可证 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="101"/>
        <source>Only token counts, arrival offsets and prefix-cache hits are taken from the traces, re-sampled and combined with synthetic users, models and prices. The demo data is sample data, not a record of any real gateway.</source>
        <translation>只从轨迹中取用 Tokens 数、到达时间偏移和前缀缓存命中，经重新抽样后与合成的用户、模型和价格组合。演示数据仅为示例，并非任何真实网关的记录。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="108"/>
        <source>Attributions</source>
        <translation>署名与许可</translation>
    </message>
</context>
<context>
    <name>QuotaScope::AdminDialog</name>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="26"/>
        <source>Keep hourly usage data (data dashboard)</source>
        <translation>保留按小时的用量数据（数据看板）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="30"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="32"/>
        <source>Gateway data dashboard — %1</source>
        <translation>网关数据看板 — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="35"/>
        <source>DataExportEnabled: when off, the gateway stops writing hourly totals, and &quot;hourly&quot; profiles get no new data.</source>
        <translation>DataExportEnabled：关闭后，网关不再写入每小时汇总，“按小时”的配置将收不到新数据。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="39"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="40"/>
        <source>DataExportInterval: how often the gateway writes its hourly totals; they appear up to this late.</source>
        <translation>DataExportInterval：网关写入每小时汇总的间隔；数据最多会延迟这么久出现。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="43"/>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="44"/>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="45"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="46"/>
        <source>DataExportDefaultTime: the granularity the gateway&apos;s web dashboard starts with. It changes only that display; the data stays hourly.</source>
        <translation>DataExportDefaultTime：网关网页看板默认使用的粒度。它只影响显示，数据仍按小时保存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="52"/>
        <source>&amp;Write totals every:</source>
        <translation>汇总写入间隔(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="53"/>
        <source>&amp;Web dashboard default:</source>
        <translation>网页看板默认粒度(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="83"/>
        <source>Reading the gateway&apos;s options…</source>
        <translation>正在读取网关选项…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="86"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="89"/>
        <source>These options can only be read and changed by the gateway&apos;s root account (role 100); admin accounts are refused by the gateway. Ask the gateway&apos;s owner, or add a profile that uses the root account&apos;s access token. Usage syncing does not need root.</source>
        <translation>这些选项只能由网关的超级管理员账号（角色 100）读取和修改，普通管理员账号会被网关拒绝。请联系网关所有者，或添加一个使用超级管理员访问令牌的配置。同步用量不需要超级管理员权限。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="127"/>
        <source>Could not read the options: %1</source>
        <translation>无法读取选项：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/admindialog.cpp" line="161"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>QuotaScope::AlertRulesDialog</name>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="40"/>
        <source>Spend above</source>
        <translation>消费高于</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="42"/>
        <source>Requests above</source>
        <translation>请求数高于</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="44"/>
        <source>Spike against the last 7 days</source>
        <translation>相对前 7 天突增</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="46"/>
        <source>Error rate above</source>
        <translation>错误率高于</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="48"/>
        <source>Balance below</source>
        <translation>余额低于</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="50"/>
        <source>Model used for the first time</source>
        <translation>首次使用的模型</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="52"/>
        <source>Channel used for the first time</source>
        <translation>首次使用的渠道</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="54"/>
        <source>Not synced for</source>
        <translation>未同步时长超过</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="63"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="65"/>
        <source>Each source</source>
        <translation>每个数据源</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="67"/>
        <source>Each user</source>
        <translation>每个用户</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="69"/>
        <source>Each token</source>
        <translation>每个令牌</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="71"/>
        <source>Each model</source>
        <translation>每个模型</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="73"/>
        <source>Each channel</source>
        <translation>每个渠道</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="75"/>
        <source>Each group</source>
        <translation>每个分组</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="85"/>
        <source>in the gateway&apos;s currency</source>
        <translation>网关显示的货币</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="87"/>
        <source>requests</source>
        <translation>次请求</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="89"/>
        <source>robust z-score</source>
        <translation>稳健 z 分数</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="91"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="93"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="96"/>
        <source>not used</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="109"/>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="113"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="113"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="245"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="113"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="122"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="123"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="124"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="125"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="131"/>
        <source>Selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="135"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="137"/>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="151"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="152"/>
        <source>never</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="153"/>
        <source>Remind of an open alert every</source>
        <translation>未解决告警的重复提醒间隔</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="180"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="184"/>
        <source>Import alert rules</source>
        <translation>导入告警规则</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="180"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="188"/>
        <source>Rule files (*.json)</source>
        <translation>规则文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="188"/>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="192"/>
        <source>Export alert rules</source>
        <translation>导出告警规则</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="221"/>
        <source>every one separately</source>
        <translation>逐个分别检查</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="223"/>
        <source>every source</source>
        <translation>所有数据源</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="226"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="228"/>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="229"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="240"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="241"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="242"/>
        <source>Test against history</source>
        <translation>用历史数据测试</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="246"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="247"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="248"/>
        <source>Only</source>
        <translation>仅限</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="249"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="250"/>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="251"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="252"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="253"/>
        <source>Minimum requests</source>
        <translation>最少请求数</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="254"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="373"/>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="411"/>
        <source>Would have fired %n time(s) in the last %1 days</source>
        <translation>
            <numerusform>在最近 %1 天内会触发 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaScope::AlertsController</name>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="34"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="106"/>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="107"/>
        <source>Alert &amp;rules…</source>
        <translation>告警规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="108"/>
        <source>Anomaly &amp;triage…</source>
        <translation>异常排查(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="110"/>
        <source>Alerts &amp;panel</source>
        <translation>告警面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="114"/>
        <source>Keep running in the tray when closed</source>
        <translation>关闭窗口后在托盘中继续运行</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="121"/>
        <location filename="../ui/alerts/alertscontroller.cpp" line="129"/>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertscontroller.cpp" line="150"/>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
</context>
<context>
    <name>QuotaScope::AlertsPanel</name>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="33"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="34"/>
        <source>Resolve all</source>
        <translation>全部标记为已解决</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="39"/>
        <source>Fired</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="40"/>
        <location filename="../ui/alerts/alertspanel.cpp" line="70"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="40"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="60"/>
        <source>No evaluation yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="71"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="72"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="74"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="90"/>
        <source>No open alerts</source>
        <translation>没有未解决的告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertspanel.cpp" line="90"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n 条未解决告警</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="91"/>
        <source>checked %1</source>
        <translation>检查于 %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="95"/>
        <source>This month: %1 spent, heading for %2</source>
        <translation>本月：已消费 %1，预计月底达到 %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="107"/>
        <source>Balance of %1: %2 left, runs out about %3</source>
        <translation>%1 的余额：剩余 %2，预计约 %3 用完</translation>
    </message>
</context>
<context>
    <name>QuotaScope::CacheChart</name>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="20"/>
        <location filename="../ui/charts/cachechart.cpp" line="21"/>
        <source>Prompt cache tokens</source>
        <translation>提示缓存 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="43"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="54"/>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="57"/>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="71"/>
        <source>million tokens</source>
        <translation>百万 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/cachechart.cpp" line="71"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>QuotaScope::CacheLatencyView</name>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="36"/>
        <source>Cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="36"/>
        <source>Saved by caching</source>
        <translation>缓存节省</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="36"/>
        <source>Use time p50 / p95</source>
        <translation>用时 p50 / p95</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="37"/>
        <source>First response p50 / p95</source>
        <translation>首字时间 p50 / p95</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="37"/>
        <source>Stream share</source>
        <translation>流式占比</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="37"/>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="62"/>
        <source>&amp;By:</source>
        <translation>维度(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="68"/>
        <source>Percentiles from log-spaced bins, within 4.4%; first response from the log&apos;s frt.</source>
        <translation>分位数由对数分桶得出，误差不超过 4.4%；首字时间取自日志的 frt。</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="87"/>
        <source>Cache and latency</source>
        <translation>缓存与延迟</translation>
    </message>
    <message>
        <location filename="../ui/cachelatencyview.cpp" line="130"/>
        <location filename="../ui/cachelatencyview.cpp" line="131"/>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 毫秒</translation>
    </message>
</context>
<context>
    <name>QuotaScope::CardDelta</name>
    <message>
        <location filename="../ui/comparison.cpp" line="83"/>
        <source>%1 %2 pp</source>
        <translation>%1 %2 个百分点</translation>
    </message>
    <message>
        <location filename="../ui/comparison.cpp" line="88"/>
        <source>= 0%</source>
        <translation>= 0%</translation>
    </message>
    <message>
        <location filename="../ui/comparison.cpp" line="89"/>
        <source>%1 new</source>
        <translation>%1 新增</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ChartView</name>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="36"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="38"/>
        <source>No requests in this range</source>
        <translation>此范围内没有请求</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="40"/>
        <source>Could not load the data</source>
        <translation>无法加载数据</translation>
    </message>
</context>
<context>
    <name>QuotaScope::CompareSourcesDialog</name>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="182"/>
        <source>Compare sources</source>
        <translation>对比数据源</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="192"/>
        <source>&amp;First source:</source>
        <translation>第一个数据源(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="194"/>
        <source>&amp;Second source:</source>
        <translation>第二个数据源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="198"/>
        <source>First source</source>
        <translation>第一个数据源</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="199"/>
        <source>Second source</source>
        <translation>第二个数据源</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="216"/>
        <source>Per-model comparison</source>
        <translation>按模型对比</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="248"/>
        <source>%1 – %2 · loading...</source>
        <translation>%1 – %2 · 加载中...</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="259"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="262"/>
        <source>Could not compare the sources: %1</source>
        <translation>无法对比数据源：%1</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="268"/>
        <source>%1, with the dashboard&apos;s filters. Changes go from the first source to the second.</source>
        <translation>%1，沿用仪表盘的筛选条件。变化均为第二个数据源相对第一个数据源。</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ExportMenu</name>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="42"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="45"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="46"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="47"/>
        <source>Spend chart</source>
        <translation>花费图表</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>Tokens chart</source>
        <translation>Tokens 图表</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>Requests chart</source>
        <translation>请求图表</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="54"/>
        <source>%1 as %2...</source>
        <translation>%1 导出为 %2...</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="56"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="60"/>
        <location filename="../ui/export/exportmenu.cpp" line="70"/>
        <location filename="../ui/export/exportmenu.cpp" line="78"/>
        <location filename="../ui/export/exportmenu.cpp" line="100"/>
        <location filename="../ui/export/exportmenu.cpp" line="188"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="65"/>
        <source>View numbers as &amp;CSV...</source>
        <translation>视图数据导出为 &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="67"/>
        <location filename="../ui/export/exportmenu.cpp" line="75"/>
        <source>Export numbers</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="67"/>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="73"/>
        <source>View numbers as &amp;JSON...</source>
        <translation>视图数据导出为 &amp;JSON...</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="75"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="82"/>
        <source>Requests as C&amp;SV...</source>
        <translation>请求日志导出为 C&amp;SV...</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <location filename="../ui/export/exportmenu.cpp" line="89"/>
        <source>Export requests</source>
        <translation>导出请求日志</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="87"/>
        <source>Requests as JSON &amp;Lines...</source>
        <translation>请求日志导出为 JSON &amp;Lines...</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="89"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines 文件 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="94"/>
        <source>Dashboard as &amp;PDF report...</source>
        <translation>仪表盘导出为 &amp;PDF 报告...</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="96"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="96"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="102"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="161"/>
        <source>Exporting requests to %1...</source>
        <translation>正在导出请求日志到 %1...</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportmenu.cpp" line="182"/>
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 条请求到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="184"/>
        <source>Export cancelled; %1 was not written</source>
        <translation>导出已取消，未写入 %1</translation>
    </message>
</context>
<context>
    <name>QuotaScope::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="27"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="27"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>All tokens</source>
        <translation>全部令牌</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="28"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="29"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="29"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="30"/>
        <source>Grou&amp;p:</source>
        <translation>分组(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="30"/>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="50"/>
        <source>Default types</source>
        <translation>默认类型</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="57"/>
        <source>Log types to count. None checked: consumption on the cards and charts, every type in the table.</source>
        <translation>要统计的日志类型。不勾选时：卡片和图表只统计消费，表格列出全部类型。</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="58"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="64"/>
        <source>Active filters</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="151"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="158"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="161"/>
        <source>Remove the filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
</context>
<context>
    <name>QuotaScope::GatewayController</name>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="98"/>
        <source>The new language applies after QuotaScope restarts.</source>
        <translation>新的语言将在 QuotaScope 重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="149"/>
        <source>&amp;Live dashboard</source>
        <translation>实时仪表盘(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="155"/>
        <source>Off: the local cache</source>
        <translation>关闭：使用本地缓存</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="164"/>
        <source>Live from %1</source>
        <translation>实时读取 %1</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="189"/>
        <source>Live from %1: %2</source>
        <translation>实时读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="222"/>
        <source>Every gateway is switched off; sync one from Gateways &gt; Manage gateways.</source>
        <translation>所有网关都已关闭自动同步；请在“网关 &gt; 管理网关”中同步某个网关。</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="324"/>
        <location filename="../ui/gatewaycontroller.cpp" line="338"/>
        <source>Gateway data dashboard</source>
        <translation>网关数据看板</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="325"/>
        <source>The data dashboard options belong to new-api gateways. Add one in Gateways &gt; Manage gateways first.</source>
        <translation>数据看板选项属于 new-api 网关。请先在“网关 &gt; 管理网关”中添加一个。</translation>
    </message>
    <message>
        <location filename="../ui/gatewaycontroller.cpp" line="339"/>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="42"/>
        <source>Import usage files</source>
        <translation>导入用量文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="48"/>
        <source>&amp;Add files...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="49"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="64"/>
        <source>Detect from content</source>
        <translation>根据内容识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="66"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="67"/>
        <source>BurstGPT trace</source>
        <translation>BurstGPT 轨迹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="68"/>
        <source>Azure LLM inference trace</source>
        <translation>Azure LLM 推理轨迹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="69"/>
        <source>Mooncake trace</source>
        <translation>Mooncake 轨迹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="71"/>
        <source>e.g. created_at=TIMESTAMP,prompt_tokens=ContextTokens</source>
        <translation>例如 created_at=TIMESTAMP,prompt_tokens=ContextTokens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="72"/>
        <source>Relative times count from</source>
        <translation>相对时间的起点</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="85"/>
        <source>only for rows that lack it</source>
        <translation>仅用于缺少该字段的行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="87"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="89"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="91"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="100"/>
        <source>My own &amp;logs (exported from /api/log/self: ids are row numbers)</source>
        <translation>我自己的日志(&amp;L)（从 /api/log/self 导出：ID 为行号）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="101"/>
        <source>From a gateway database, read its &amp;hourly data (quota_data)</source>
        <translation>从网关数据库读取按小时的数据(&amp;H)（quota_data）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="108"/>
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="114"/>
        <source>&amp;Source name:</source>
        <translation>数据源名称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="115"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="116"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="117"/>
        <source>Column ma&amp;pping:</source>
        <translation>列映射(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="118"/>
        <source>&amp;Epoch base:</source>
        <translation>时间基准(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="121"/>
        <source>Fill in:</source>
        <translation>补全：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="122"/>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="124"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="290"/>
        <source>Add a file to see a preview.</source>
        <translation>添加文件后即可预览。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136"/>
        <source>Parsed rows</source>
        <translation>解析结果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="137"/>
        <source>Raw lines</source>
        <translation>原始行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="140"/>
        <source>Preview (first 20 rows of the selected file)</source>
        <translation>预览（所选文件的前 20 行）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="151"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="152"/>
        <source>Results appear here.</source>
        <translation>导入结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="156"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="157"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="185"/>
        <source>Importing %1 (%2 of %3)...</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="260"/>
        <source>Choose usage files</source>
        <translation>选择用量文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="261"/>
        <source>Usage files (*.json *.jsonl *.ndjson *.csv *.sqlite *.db);;All files (*)</source>
        <translation>用量文件 (*.json *.jsonl *.ndjson *.csv *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="300"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="354"/>
        <source>Column mapping: %1</source>
        <translation>列映射：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="304"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="311"/>
        <source>Detected format: %1</source>
        <translation>识别到的格式：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="312"/>
        <source>Format not detected: %1</source>
        <translation>未能识别格式：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="314"/>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="316"/>
        <source>%n row(s) of the sample would be skipped.</source>
        <translation>
            <numerusform>样本中有 %n 行将被跳过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="320"/>
        <source>Prompt</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="321"/>
        <source>Completion</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="321"/>
        <source>Quota</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="321"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="347"/>
        <source>Enter a source name: imported rows are kept per source.</source>
        <translation>请输入数据源名称：导入的记录按数据源保存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="360"/>
        <source>Starting...</source>
        <translation>正在开始...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="370"/>
        <source>Cancelling: the file being imported is rolled back...</source>
        <translation>正在取消：正在导入的文件将被回滚...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="401"/>
        <source>Cancelled. Files not finished were rolled back; the cache holds only completed files.</source>
        <translation>已取消。未完成的文件已回滚，缓存中只保留已完成的文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="403"/>
        <source>%n file(s) failed; see below.</source>
        <translation>
            <numerusform>%n 个文件导入失败，详见下方。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="405"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="415"/>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1：已取消，未导入任何内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="415"/>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="417"/>
        <source>%1 (%2): %3 rows read, %4 added, %5 duplicates, %6 skipped</source>
        <translation>%1（%2）：读取 %3 行，新增 %4 行，重复 %5 行，跳过 %6 行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="421"/>
        <source> (hourly buckets)</source>
        <translation>（按小时聚合）</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ImportJob</name>
    <message>
        <location filename="../ui/importjob.cpp" line="45"/>
        <source>cancelled before it started</source>
        <translation>开始前已取消</translation>
    </message>
</context>
<context>
    <name>QuotaScope::KeychainCredentialStore</name>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="54"/>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="56"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="58"/>
        <source>system keychain (Secret Service)</source>
        <translation>系统钥匙串（Secret Service）</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="73"/>
        <source>the keychain service did not answer</source>
        <translation>钥匙串服务没有响应</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="76"/>
        <source>this build has no keychain support (QtKeychain was not found)</source>
        <translation>此版本不支持钥匙串（构建时未找到 QtKeychain）</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="95"/>
        <location filename="../platform/keychain/keychainstore.cpp" line="117"/>
        <location filename="../platform/keychain/keychainstore.cpp" line="137"/>
        <source>%1 is not available: %2</source>
        <translation>%1不可用：%2</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="101"/>
        <source>no token stored for profile &quot;%1&quot; in the %2; enter it in the profile&apos;s settings</source>
        <translation>%2中没有保存配置“%1”的令牌；请在该配置的设置中填写</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="105"/>
        <source>could not read the token for profile &quot;%1&quot; from the %2: %3</source>
        <translation>无法从%2读取配置“%1”的令牌：%3</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="124"/>
        <source>could not store the token for profile &quot;%1&quot; in the %2: %3</source>
        <translation>无法将配置“%1”的令牌保存到%2：%3</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="144"/>
        <source>could not remove the token for profile &quot;%1&quot; from the %2: %3</source>
        <translation>无法从%2删除配置“%1”的令牌：%3</translation>
    </message>
    <message>
        <location filename="../platform/keychain/keychainstore.cpp" line="162"/>
        <source>No keychain: tokens are kept for this run only (%1). Start a Secret Service (GNOME Keyring, KeePassXC, KWallet) to keep them between runs.</source>
        <translation>没有可用的钥匙串：令牌仅在本次运行期间保留（%1）。请启动 Secret Service（GNOME Keyring、KeePassXC、KWallet），以便在多次运行之间保留令牌。</translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogDetailPane</name>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="50"/>
        <location filename="../ui/logdetailpane.cpp" line="169"/>
        <source>Select a request to see its details.</source>
        <translation>选择一条请求以查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="52"/>
        <source>Copy as &amp;JSON</source>
        <translation>复制为 &amp;JSON</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="54"/>
        <source>Copy the whole request, with its parsed details, to the clipboard</source>
        <translation>将整条请求（含解析后的详情）复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="60"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="60"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="61"/>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="76"/>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="77"/>
        <location filename="../ui/logdetailpane.cpp" line="128"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="77"/>
        <source>Other details</source>
        <translation>其他详情</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="88"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="90"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="91"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="92"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="92"/>
        <location filename="../ui/logdetailpane.cpp" line="93"/>
        <location filename="../ui/logdetailpane.cpp" line="129"/>
        <source>%1 (id %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="93"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="94"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="95"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="96"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="97"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="98"/>
        <source>Request path</source>
        <translation>请求路径</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="100"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="100"/>
        <source>%1 (%2 quota)</source>
        <translation>%1（%2 额度）</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="101"/>
        <source>Model ratio</source>
        <translation>模型倍率</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="102"/>
        <source>Group ratio</source>
        <translation>分组倍率</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="103"/>
        <source>User group ratio</source>
        <translation>用户分组倍率</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="104"/>
        <source>Completion ratio</source>
        <translation>补全倍率</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="105"/>
        <source>Cache read ratio</source>
        <translation>缓存读取倍率</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="106"/>
        <source>Cache write ratio</source>
        <translation>缓存写入倍率</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="110"/>
        <source>Model price</source>
        <translation>模型价格</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="110"/>
        <source>by ratio</source>
        <translation>按倍率计费</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="110"/>
        <source>%1 USD per call</source>
        <translation>每次调用 %1 美元</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="113"/>
        <source>Prompt</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="114"/>
        <source>Completion</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="115"/>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="116"/>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="121"/>
        <source>Total time</source>
        <translation>总耗时</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="121"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="124"/>
        <source>First response</source>
        <translation>首字时间</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="125"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="126"/>
        <source>Stream</source>
        <translation>流式</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="126"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="126"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="136"/>
        <source>Channel chain</source>
        <translation>渠道链路</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="138"/>
        <source>Upstream model</source>
        <translation>上游模型</translation>
    </message>
    <message>
        <location filename="../ui/logdetailpane.cpp" line="172"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogItemDelegate</name>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="20"/>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="22"/>
        <source>Consume</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="24"/>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="26"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="28"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="30"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="32"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="61"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="69"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="72"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="72"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogTableModel</name>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="244"/>
        <source>Estimated from the text on import (%1 rules), not counted by the gateway</source>
        <translation>导入时按文本估算（%1 规则），并非网关计数</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="290"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="292"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="294"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="296"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="298"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="300"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="302"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="304"/>
        <source>Prompt</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="306"/>
        <source>Completion</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="308"/>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="310"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="312"/>
        <source>Latency</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="314"/>
        <source>Stream</source>
        <translation>流式</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="316"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>QuotaScope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>QuotaScope</source>
        <translation>QuotaScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>superseded by a newer view</source>
        <translation>已被更新的视图取代</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Co&amp;mpact the cache...</source>
        <translation>压缩缓存(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>&amp;Overlay the previous period</source>
        <translation>叠加显示上一周期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Draw the previous period of the same length as a dashed line on the trend</source>
        <translation>在趋势图上以虚线绘制等长的上一周期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Show the month-end &amp;projection</source>
        <translation>显示月末预测(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Extend the spend chart to the month&apos;s end with the projected spend as a dashed line</source>
        <translation>将消费图表延伸到月末，以虚线显示预计消费</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Compare sources...</source>
        <translation>对比数据源(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Gateways</source>
        <translation>网关(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Manage gateways...</source>
        <translation>管理网关(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;About QuotaScope</source>
        <translation>关于 QuotaScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Local (%1)</source>
        <translation>本地（%1）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>All sources</source>
        <translation>全部数据源</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Fr&amp;om:</source>
        <translation>从(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Granu&amp;larity:</source>
        <translation>粒度(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Source:</source>
        <translation>数据源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="731"/>
        <source>not available in live mode</source>
        <translation>实时模式下不可用</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>Not available in live mode: prompt caching and latency come from the local cache&apos;s bins. Copy the database to see them.</source>
        <translation>实时模式下不可用：提示缓存与延迟来自本地缓存的分箱统计。复制数据库后即可查看。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="939"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>counting...</source>
        <translation>统计中...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>%1 rows</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="946"/>
        <source>newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="946"/>
        <source>oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="948"/>
        <source>%1, live from the server</source>
        <translation>%1，实时读取自服务器</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="950"/>
        <source>Requests (%1, %2)</source>
        <translation>请求记录（%1，%2）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>Requests for %1 (%2, %3)</source>
        <translation>%1 的请求记录（%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1092"/>
        <source>Compare sources</source>
        <translation>对比数据源</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1092"/>
        <source>Comparing needs at least two sources in the cache.</source>
        <translation>对比需要缓存中至少有两个数据源。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1107"/>
        <location filename="../ui/mainwindow.cpp" line="1119"/>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Compact the cache</source>
        <translation>压缩缓存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1108"/>
        <source>Requests stored by earlier versions of QuotaScope take more room than new ones. Compacting stores them as new ones are stored and gives the freed space back to the disk. The numbers do not change.

It reads and rewrites the whole cache, which takes about as long as copying it, and needs free disk space for a copy. You can stop it while the requests are being stored; what is done stays done.</source>
        <translation>早期版本的 QuotaScope 存储的请求比新请求占用更多空间。压缩会按新请求的方式重新存储它们，并把释放的空间归还给磁盘。统计数字不会改变。

它会读取并重写整个缓存，耗时与复制缓存相当，且需要足够容纳一份副本的可用磁盘空间。在存储请求期间可以停止；已完成的部分会保留。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1118"/>
        <source>Storing older requests compactly...</source>
        <translation>正在压缩存储较早的请求...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1118"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1136"/>
        <source>Giving the freed space back to the disk...</source>
        <translation>正在把释放的空间归还给磁盘...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1146"/>
        <source>The cache could not be compacted: %1</source>
        <translation>无法压缩缓存：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Gateway &amp;data dashboard...</source>
        <translation>网关数据看板(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>R&amp;eset filters</source>
        <translation>重置筛选(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>Search by request ID</source>
        <translation>按请求 ID 搜索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Show only the request with this exact ID</source>
        <translation>只显示 ID 完全相同的请求</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Search requests (Ctrl+F)</source>
        <translation>搜索请求 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Search requests</source>
        <translation>搜索请求</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Show requests whose user, token, model, channel, group, request ID, IP or content contains this text</source>
        <translation>显示用户、令牌、模型、渠道、分组、请求 ID、IP 或内容中包含此文本的请求</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>Show &amp;all requests</source>
        <translation>显示全部请求(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Requests</source>
        <translation>请求记录</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <source>Could not read the requests: %1</source>
        <translation>无法读取请求记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>R&amp;ankings</source>
        <translation>排行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>Cac&amp;he and latency</source>
        <translation>缓存与延迟(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Group &amp;by:</source>
        <translation>分组依据(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Metr&amp;ic:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Loading the demo data...</source>
        <translation>正在载入演示数据...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>The demo data could not be loaded: %1</source>
        <translation>无法载入演示数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="554"/>
        <source>Demo data: %n request(s) added.</source>
        <translation>
            <numerusform>演示数据：新增 %n 条请求。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="624"/>
        <source>Source %1</source>
        <translation>数据源 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Could not load the dashboard: %1</source>
        <translation>无法加载看板：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>%1 requests in range · updated in %2 ms</source>
        <translation>范围内 %1 次请求 · 用时 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="833"/>
        <source>hourly</source>
        <translation>按小时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="835"/>
        <source>daily</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>weekly</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="839"/>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="843"/>
        <source>Showing %1 bars: %2 bars would make %3 buckets (charts show at most %4).</source>
        <translation>已改为%1显示：%2会产生 %3 个时段（图表最多显示 %4 个）。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="866"/>
        <source>Could not read the filter values: %1</source>
        <translation>无法读取筛选值：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowviews.cpp" line="22"/>
        <source>QuotaScope usage report</source>
        <translation>QuotaScope 用量报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowviews.cpp" line="53"/>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowviews.cpp" line="100"/>
        <source>View &quot;%1&quot; opened</source>
        <translation>已打开视图“%1”</translation>
    </message>
</context>
<context>
    <name>QuotaScope::MultiSelectFilter</name>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="36"/>
        <source>Type to search...</source>
        <translation>输入以搜索...</translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="38"/>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="43"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="82"/>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/multiselectfilter.cpp" line="150"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>QuotaScope::PerformanceModel</name>
    <message>
        <location filename="../ui/insightmodels.cpp" line="335"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="371"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="373"/>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="375"/>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="377"/>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="379"/>
        <source>Saved</source>
        <translation>节省</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="381"/>
        <source>p50 ms</source>
        <translation>p50 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="383"/>
        <source>p95 ms</source>
        <translation>p95 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="385"/>
        <source>First response p50</source>
        <translation>首字 p50</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="387"/>
        <source>First response p95</source>
        <translation>首字 p95</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="389"/>
        <source>Stream</source>
        <translation>流式</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="391"/>
        <source>Errors</source>
        <translation>错误率</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileEditDialog</name>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="36"/>
        <source>Sync this gateway</source>
        <translation>同步此网关</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="38"/>
        <source>Start from:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="48"/>
        <source>Add gateway</source>
        <translation>添加网关</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="48"/>
        <source>Edit gateway &quot;%1&quot;</source>
        <translation>编辑网关“%1”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="55"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="62"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="64"/>
        <source>Your numeric user id on the gateway; new-api needs it (New-Api-User header).</source>
        <translation>您在网关上的数字用户 ID；new-api 需要它（New-Api-User 请求头）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="67"/>
        <source>Everyone&apos;s usage (admin)</source>
        <translation>所有人的用量（管理员）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="68"/>
        <source>My own usage</source>
        <translation>我自己的用量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="72"/>
        <source>Request logs (detailed)</source>
        <translation>请求日志（详细）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="73"/>
        <source>Hourly totals (light on the gateway)</source>
        <translation>每小时汇总（对网关负担小）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="78"/>
        <source>Manual only</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="79"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="87"/>
        <source> per 180 s</source>
        <translation> 次 / 180 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="89"/>
        <source>The gateway answers at most 180 requests per 180 s from one address; leave room for the gateway&apos;s other users on your network.</source>
        <translation>网关对同一地址每 180 秒最多响应 180 个请求；请为您网络中网关的其他用户留出余量。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="105"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="107"/>
        <source>Each sync reads this far back behind the last row it has. new-api stamps a log with the time its request started but writes it only when the request ends, and the clocks of the gateway&apos;s machines drift, so late rows land behind that point and would be missed. Rows read twice are not counted twice.</source>
        <translation>每次同步都会从已有的最后一行往前多读这么长时间。new-api 用请求开始的时间标记日志，却要等请求结束才写入；网关各台机器的时钟也会有偏差，所以迟到的行会落在这个位置之前，不回读就会漏掉。重复读到的行不会重复计算。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="114"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="119"/>
        <source>leave empty to keep the stored token</source>
        <translation>留空则保留已保存的令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="120"/>
        <source>A token is stored in the %1.</source>
        <translation>令牌已保存在%1中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="122"/>
        <source>system access token from the gateway&apos;s personal settings</source>
        <translation>网关个人设置中的系统访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="123"/>
        <source>No token stored yet; it will be kept in the %1.</source>
        <translation>尚未保存令牌；令牌将保存在%1中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="130"/>
        <source>Plain http to another machine: the access token crosses the network unencrypted. Use https unless the network is fully trusted.</source>
        <translation>使用明文 http 连接其他机器：访问令牌将以未加密的方式在网络中传输。除非网络完全可信，否则请使用 https。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="143"/>
        <source>Gateway API (HTTP)</source>
        <translation>网关 API（HTTP）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="144"/>
        <source>Gateway database (read-only)</source>
        <translation>网关数据库（只读）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="160"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="167"/>
        <source>a read-only account</source>
        <translation>只读账号</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="176"/>
        <source>empty: logs are in the database above</source>
        <translation>留空：日志在上面的数据库中</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="177"/>
        <source>new-api can keep its logs in a second database (LOG_SQL_DSN).</source>
        <translation>new-api 可以把日志存放在第二个数据库中（LOG_SQL_DSN）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="180"/>
        <source>the gateway&apos;s SQLite file, e.g. one-api.db</source>
        <translation>网关的 SQLite 文件，例如 one-api.db</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="183"/>
        <source>Copy the logs into the cache</source>
        <translation>将日志复制到本地缓存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="184"/>
        <source>Live: query the server for each view</source>
        <translation>实时：每个视图直接查询服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="189"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="194"/>
        <source>leave empty to keep the stored password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="195"/>
        <source>A password is stored in the %1.</source>
        <translation>密码已保存在%1中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="197"/>
        <source>The password will be kept in the %1.</source>
        <translation>密码将保存在%1中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="199"/>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="219"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="220"/>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="221"/>
        <source>Base &amp;URL:</source>
        <translation>基础 &amp;URL：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="223"/>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="224"/>
        <source>User &amp;id:</source>
        <translation>用户 ID(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="225"/>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="226"/>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="227"/>
        <source>S&amp;ync every:</source>
        <translation>同步间隔(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="229"/>
        <source>Request &amp;budget:</source>
        <translation>请求配额(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="233"/>
        <source>First sync:</source>
        <translation>首次同步：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="235"/>
        <source>Late-row &amp;overlap:</source>
        <translation>迟到行回读(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="236"/>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="238"/>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="239"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="240"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="241"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="242"/>
        <source>Use&amp;r:</source>
        <translation>用户(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="243"/>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="244"/>
        <source>&amp;Logs database:</source>
        <translation>日志数据库(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="245"/>
        <source>SQLite &amp;file:</source>
        <translation>SQLite 文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="246"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="247"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="311"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="382"/>
        <source>password: enter the password of database user &quot;%1&quot;</source>
        <translation>密码：请输入数据库用户“%1”的密码</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profileeditdialog.cpp" line="391"/>
        <source>access token: paste the gateway&apos;s system access token (personal settings → generate access token)</source>
        <translation>访问令牌：粘贴网关的系统访问令牌（个人设置 → 生成访问令牌）</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileManagerDialog</name>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="29"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="30"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="31"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="32"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="33"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="39"/>
        <source>Gateways</source>
        <translation>网关</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="46"/>
        <source>Gateway profiles</source>
        <translation>网关配置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="62"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="75"/>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="77"/>
        <source>The result of &quot;Test connection&quot; appears here.</source>
        <translation>“测试连接”的结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="108"/>
        <source>Some stored profiles could not be read and are not listed:
%1</source>
        <translation>部分已保存的配置无法读取，未列出：
%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="146"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="148"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="150"/>
        <source>every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="151"/>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="152"/>
        <source>stored in %1</source>
        <translation>保存在%1中</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="153"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="157"/>
        <source>Plain http to another machine: the token crosses the network unencrypted.</source>
        <translation>使用明文 http 连接其他机器：令牌将以未加密的方式在网络中传输。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="191"/>
        <source>Connection tests are not available in this build.</source>
        <translation>此版本不支持连接测试。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="193"/>
        <source>Syncing is not available in this build.</source>
        <translation>此版本不支持同步。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="227"/>
        <source>profile &quot;%1&quot; was saved, but its token was not: %2</source>
        <translation>配置“%1”已保存，但其令牌未保存：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="268"/>
        <source>Removed &quot;%1&quot; and its stored token.</source>
        <translation>已删除“%1”及其保存的令牌。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="279"/>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="292"/>
        <source>Testing &quot;%1&quot;…</source>
        <translation>正在测试“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="302"/>
        <source>&quot;%1&quot;: connection works.</source>
        <translation>“%1”：连接正常。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="302"/>
        <source>&quot;%1&quot;: connection failed.</source>
        <translation>“%1”：连接失败。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="304"/>
        <source>connection OK</source>
        <translation>连接正常</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="304"/>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilemanagerdialog.cpp" line="314"/>
        <source>sync requested…</source>
        <translation>已请求同步…</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ProfileStore</name>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="149"/>
        <source>name: a profile needs a name</source>
        <translation>名称：配置需要一个名称</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="151"/>
        <source>name: &quot;%1&quot; starts or ends with spaces</source>
        <translation>名称：“%1”的开头或结尾有空格</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="153"/>
        <source>name: longer than %1 characters</source>
        <translation>名称：超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="156"/>
        <source>name: a profile called &quot;%1&quot; already exists</source>
        <translation>名称：已存在名为“%1”的配置</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="171"/>
        <source>base URL: &quot;%1&quot; is not an http:// or https:// address such as https://gateway.example.com</source>
        <translation>基础 URL：“%1”不是 http:// 或 https:// 地址（例如 https://gateway.example.com）</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="176"/>
        <source>base URL: remove the user name and password from the address; the access token goes in the token field</source>
        <translation>基础 URL：请从地址中删除用户名和密码；访问令牌应填写在令牌栏中</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="181"/>
        <source>user id: must not be negative</source>
        <translation>用户 ID：不能为负数</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="183"/>
        <source>user id: new-api needs your numeric user id (sent as New-Api-User); it is shown on the gateway&apos;s personal settings page</source>
        <translation>用户 ID：new-api 需要您的数字用户 ID（作为 New-Api-User 发送）；可在网关的“个人设置”页面查看</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="163"/>
        <location filename="../core/settings/profilestore.cpp" line="187"/>
        <source>refresh interval: at least %1 s, or 0 for manual sync only</source>
        <translation>同步间隔：至少 %1 秒，或设为 0 表示仅手动同步</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="161"/>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="190"/>
        <source>request budget: %1 is outside 1..%2 requests per 180 s</source>
        <translation>请求配额：%1 超出每 180 秒 1..%2 次请求的范围</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="195"/>
        <source>backfill start: before 1970</source>
        <translation>首次同步起点：早于 1970 年</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="198"/>
        <source>overlap: %1 s is outside 0..%2 s</source>
        <translation>回读时长：%1 秒超出 0..%2 秒的范围</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="210"/>
        <source>the settings claim %1 stored profiles; only the first %2 are read</source>
        <translation>设置中声称保存了 %1 个配置；只读取前 %2 个</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="235"/>
        <source>stored profile %1 (&quot;%2&quot;)</source>
        <translation>已保存的第 %1 个配置（“%2”）</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="237"/>
        <source>%1: unknown source &quot;%2&quot;</source>
        <translation>%1：未知的来源“%2”</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="242"/>
        <source>%1: unknown database mode &quot;%2&quot;</source>
        <translation>%1：未知的数据库模式“%2”</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="247"/>
        <source>%1: database: %2</source>
        <translation>%1：数据库：%2</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="253"/>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation>%1：未知的网关类型“%2”</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="257"/>
        <source>%1: unknown scope &quot;%2&quot;</source>
        <translation>%1：未知的范围“%2”</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="261"/>
        <source>%1: unknown mode &quot;%2&quot;</source>
        <translation>%1：未知的数据模式“%2”</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="265"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="310"/>
        <source>could not save the profiles to %1</source>
        <translation>无法将配置保存到 %1</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="332"/>
        <location filename="../core/settings/profilestore.cpp" line="355"/>
        <location filename="../core/settings/profilestore.cpp" line="386"/>
        <source>no profile called &quot;%1&quot;</source>
        <translation>没有名为“%1”的配置</translation>
    </message>
    <message>
        <location filename="../core/settings/profilestore.cpp" line="362"/>
        <source>profile &quot;%1&quot; was kept: %2</source>
        <translation>已保留配置“%1”：%2</translation>
    </message>
</context>
<context>
    <name>QuotaScope::QuotaBarChart</name>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="22"/>
        <source>Spend by model</source>
        <translation>各模型消费</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="24"/>
        <source>Spend by model over time</source>
        <translation>各模型消费随时间变化</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="72"/>
        <source>%1 by %2</source>
        <translation>%1（按%2）</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="94"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="116"/>
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="143"/>
        <source>Quota</source>
        <translation>额度</translation>
    </message>
</context>
<context>
    <name>QuotaScope::RankingModel</name>
    <message>
        <location filename="../ui/insightmodels.cpp" line="31"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="33"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="35"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="37"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="39"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="41"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="43"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="52"/>
        <location filename="../ui/insightmodels.cpp" line="257"/>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="54"/>
        <location filename="../ui/insightmodels.cpp" line="255"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="56"/>
        <location filename="../ui/insightmodels.cpp" line="259"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="58"/>
        <source>Prompt tokens</source>
        <translation>提示 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="60"/>
        <source>Completion tokens</source>
        <translation>补全 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="62"/>
        <source>Cache read tokens</source>
        <translation>缓存读取 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="64"/>
        <source>Cache write tokens</source>
        <translation>缓存写入 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="66"/>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="120"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="122"/>
        <source>not available</source>
        <translation>无法获取</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="131"/>
        <location filename="../ui/insightmodels.cpp" line="150"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="132"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="136"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="143"/>
        <source>Could not break the row down: %1</source>
        <translation>无法细分此行：%1</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="150"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="208"/>
        <source>%1 now, %2 in the previous period</source>
        <translation>本期 %1，上期 %2</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="221"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="234"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="253"/>
        <source>Top models</source>
        <translation>主要模型</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="253"/>
        <source>Top channels</source>
        <translation>主要渠道</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="261"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="263"/>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <location filename="../ui/insightmodels.cpp" line="265"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
</context>
<context>
    <name>QuotaScope::RankingView</name>
    <message>
        <location filename="../ui/rankingview.cpp" line="84"/>
        <source>Rank</source>
        <translation>排行维度</translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="85"/>
        <source>Ran&amp;k:</source>
        <translation>排行(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="88"/>
        <source>&amp;Filter dashboard</source>
        <translation>筛选仪表盘(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="89"/>
        <source>Show &amp;logs</source>
        <translation>查看日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="114"/>
        <source>Ranking</source>
        <translation>排行</translation>
    </message>
    <message>
        <location filename="../ui/rankingview.cpp" line="154"/>
        <source>by %1, change against %2 to %3</source>
        <translation>按%1排序，环比 %2 至 %3</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ReportRenderer</name>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="148"/>
        <location filename="../ui/export/dashboardreport.cpp" line="337"/>
        <location filename="../ui/export/dashboardreport.cpp" line="381"/>
        <source>QuotaScope usage report</source>
        <translation>QuotaScope 用量报告</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="161"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="174"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="195"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="217"/>
        <source>No requests in this range.</source>
        <translation>此范围内没有请求。</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="223"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="223"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="238"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="320"/>
        <source>Generated by QuotaScope %1</source>
        <translation>由 QuotaScope 生成于 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="322"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="341"/>
        <source>cannot start a PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="384"/>
        <source>cannot start an SVG</source>
        <translation>无法创建 SVG</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="397"/>
        <source>cannot encode the PNG</source>
        <translation>无法编码 PNG</translation>
    </message>
    <message>
        <location filename="../ui/export/dashboardreport.cpp" line="410"/>
        <source>Unknown report format &quot;%1&quot; (use pdf, png or svg)</source>
        <translation>未知的报告格式 &quot;%1&quot;（请使用 pdf、png 或 svg）</translation>
    </message>
</context>
<context>
    <name>QuotaScope::RequestPieChart</name>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="22"/>
        <location filename="../ui/charts/requestpiechart.cpp" line="24"/>
        <source>Requests by model</source>
        <translation>各模型请求数</translation>
    </message>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="39"/>
        <source>Requests by %1</source>
        <translation>请求数（按%1）</translation>
    </message>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="44"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>QuotaScope::SavedView</name>
    <message>
        <location filename="../core/model/savedview.cpp" line="115"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节：%1）</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="117"/>
        <source>not a QuotaScope view (no &quot;quotascope_view&quot; key)</source>
        <translation>不是 QuotaScope 视图文件（缺少 &quot;quotascope_view&quot; 键）</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="121"/>
        <source>view format %1 is not supported (this version reads 1 to %2)</source>
        <translation>不支持视图格式 %1（此版本可读取 1 到 %2）</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="129"/>
        <source>&quot;range&quot;: &quot;%1&quot; is not one of %2</source>
        <translation>&quot;range&quot;：&quot;%1&quot; 不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="132"/>
        <source>a custom range needs &quot;from&quot; and &quot;to&quot; as ISO 8601 date-times</source>
        <translation>自定义范围需要 ISO 8601 日期时间格式的 &quot;from&quot; 和 &quot;to&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="134"/>
        <source>&quot;to&quot; must be after &quot;from&quot;</source>
        <translation>&quot;to&quot; 必须晚于 &quot;from&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="138"/>
        <source>&quot;tz&quot;: unknown time zone &quot;%1&quot;</source>
        <translation>&quot;tz&quot;：未知时区 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="141"/>
        <source>&quot;granularity&quot;: &quot;%1&quot; is not hour, day, week or month</source>
        <translation>&quot;granularity&quot;：&quot;%1&quot; 不是 hour、day、week 或 month</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="144"/>
        <source>&quot;group_by&quot;: unknown dimension &quot;%1&quot;</source>
        <translation>&quot;group_by&quot;：未知维度 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="147"/>
        <source>&quot;metric&quot;: unknown metric &quot;%1&quot;</source>
        <translation>&quot;metric&quot;：未知指标 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="152"/>
        <source>&quot;top&quot; must be a number of series, 0 or more</source>
        <translation>&quot;top&quot; 必须是大于或等于 0 的系列数</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="157"/>
        <source>&quot;filters&quot; must be an object</source>
        <translation>&quot;filters&quot; 必须是对象</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="160"/>
        <source>&quot;filters.sources&quot; must be a list of names</source>
        <translation>&quot;filters.sources&quot; 必须是名称列表</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="164"/>
        <source>&quot;filters.%1&quot; must be a list of names</source>
        <translation>&quot;filters.%1&quot; 必须是名称列表</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="170"/>
        <location filename="../core/model/savedview.cpp" line="176"/>
        <source>&quot;filters.types&quot; must be a list of log types (0-6)</source>
        <translation>&quot;filters.types&quot; 必须是日志类型列表（0-6）</translation>
    </message>
    <message>
        <location filename="../core/model/savedview.cpp" line="202"/>
        <source>%1: too large for a view file (%2 bytes)</source>
        <translation>%1：文件过大，不是视图文件（%2 字节）</translation>
    </message>
</context>
<context>
    <name>QuotaScope::SavedViewMenu</name>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="17"/>
        <source>V&amp;iews</source>
        <translation>已存视图(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="48"/>
        <source>Could not create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="64"/>
        <source>&amp;Save current view...</source>
        <translation>保存当前视图(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="66"/>
        <source>&amp;Open view file...</source>
        <translation>打开视图文件(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="67"/>
        <source>&amp;Export view file...</source>
        <translation>导出视图文件(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="71"/>
        <source>(no saved views)</source>
        <translation>（没有已保存的视图）</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="79"/>
        <source>Saved view</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="83"/>
        <source>Show the views &amp;folder</source>
        <translation>打开视图文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="93"/>
        <location filename="../ui/savedviewmenu.cpp" line="98"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="93"/>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="101"/>
        <source>View &quot;%1&quot; saved to %2</source>
        <translation>视图“%1”已保存到 %2</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="107"/>
        <location filename="../ui/savedviewmenu.cpp" line="112"/>
        <source>Open view file</source>
        <translation>打开视图文件</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="107"/>
        <source>QuotaScope views (*.json);;All files (*)</source>
        <translation>QuotaScope 视图 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="117"/>
        <location filename="../ui/savedviewmenu.cpp" line="125"/>
        <source>Export view file</source>
        <translation>导出视图文件</translation>
    </message>
    <message>
        <location filename="../ui/savedviewmenu.cpp" line="118"/>
        <source>QuotaScope views (*.json)</source>
        <translation>QuotaScope 视图 (*.json)</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ScreenshotTaker</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="33"/>
        <source>Could not write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
</context>
<context>
    <name>QuotaScope::Settings</name>
    <message>
        <location filename="../core/settings/settings.cpp" line="122"/>
        <source>theme: &quot;%1&quot; is not one of %2</source>
        <translation>主题：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="125"/>
        <source>refresh interval: %1 s is outside %2..%3 s (0 means manual refresh)</source>
        <translation>刷新间隔：%1 秒超出 %2..%3 秒的范围（0 表示手动刷新）</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="131"/>
        <source>time zone: &quot;%1&quot; is not &quot;local&quot;, &quot;UTC&quot; or a known IANA zone such as Asia/Shanghai</source>
        <translation>时区：“%1”不是“local”、“UTC”或已知的 IANA 时区（例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="136"/>
        <source>currency: a custom currency needs a symbol</source>
        <translation>货币：自定义货币需要一个符号</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="138"/>
        <source>currency: the custom exchange rate must be greater than 0 (units per USD)</source>
        <translation>货币：自定义汇率必须大于 0（每美元兑换的单位数）</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="142"/>
        <source>language: &quot;%1&quot; is not one of %2</source>
        <translation>语言：“%1”不在 %2 之中</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="145"/>
        <source>chart top-N: %1 is outside %2..%3</source>
        <translation>图表前 N 项：%1 超出 %2..%3 的范围</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="147"/>
        <source>week start: not a day of the week</source>
        <translation>每周开始于：不是星期中的某一天</translation>
    </message>
    <message>
        <location filename="../core/settings/settings.cpp" line="199"/>
        <source>could not save the settings to %1</source>
        <translation>无法将设置保存到 %1</translation>
    </message>
</context>
<context>
    <name>QuotaScope::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59"/>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="60"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="66"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="67"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="68"/>
        <source>Refresh interval in seconds</source>
        <translation>刷新间隔（秒）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71"/>
        <source>Search time zones, e.g. Shanghai</source>
        <translation>搜索时区，例如 Shanghai</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="79"/>
        <source>Time zones</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="88"/>
        <source>As the gateway shows it</source>
        <translation>与网关显示一致</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="89"/>
        <source>US dollars ($)</source>
        <translation>美元 ($)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="90"/>
        <source>Chinese yuan (¥)</source>
        <translation>人民币 (¥)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="91"/>
        <source>Tokens (raw quota)</source>
        <translation>Tokens（原始额度）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="92"/>
        <source>Custom symbol and rate</source>
        <translation>自定义符号和汇率</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="98"/>
        <source> per USD</source>
        <translation> / 美元</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="102"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="109"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="110"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="111"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="126"/>
        <source>&amp;Granularity:</source>
        <translation>粒度(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="127"/>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="131"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="134"/>
        <source>&amp;Week starts on:</source>
        <translation>每周开始于(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="135"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="136"/>
        <source>Currency s&amp;ymbol:</source>
        <translation>货币符号(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="137"/>
        <source>Exchange r&amp;ate:</source>
        <translation>汇率(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="138"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="139"/>
        <source>A new language applies after QuotaScope restarts.</source>
        <translation>新语言将在 QuotaScope 重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="142"/>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="143"/>
        <source>Chart series (&amp;top N):</source>
        <translation>图表系列数（前 &amp;N 个）：</translation>
    </message>
</context>
<context>
    <name>QuotaScope::SourceComparisonModel</name>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="76"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="122"/>
        <source>%1: %2
%3: %4</source>
        <translation>%1：%2
%3：%4</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="131"/>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="155"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="157"/>
        <location filename="../ui/comparesourcesdialog.cpp" line="159"/>
        <source>Requests: %1</source>
        <translation>请求数：%1</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="161"/>
        <source>Requests change</source>
        <translation>请求数变化</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="163"/>
        <location filename="../ui/comparesourcesdialog.cpp" line="165"/>
        <source>Spend: %1</source>
        <translation>消费：%1</translation>
    </message>
    <message>
        <location filename="../ui/comparesourcesdialog.cpp" line="167"/>
        <source>Spend change</source>
        <translation>消费变化</translation>
    </message>
</context>
<context>
    <name>QuotaScope::StatCardsPanel</name>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="66"/>
        <source>Projected spend of this month (with the filters, whatever the range): the month so far plus each
remaining hour at what that weekday&apos;s hour cost on average over the last 4 whole weeks, with the
trend of those weeks. The interval is twice the weeks&apos; scatter. Needs a week of history.</source>
        <translation>本月预计消费（按当前筛选条件，与所选范围无关）：本月已消费，加上剩余每小时按最近 4 个整周
同一星期几、同一小时的平均消费估算，并计入这几周的趋势。区间为这几周波动的两倍。
至少需要一周的历史数据。</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Tokens</source>
        <translation>Tokens 数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Avg RPM</source>
        <translation>平均 RPM</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Avg TPM</source>
        <translation>平均 TPM</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="77"/>
        <source>Peak RPM</source>
        <translation>峰值 RPM</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="78"/>
        <source>Refunds / net</source>
        <translation>退款 / 净消费</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="78"/>
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="78"/>
        <source>Month-end</source>
        <translation>月末预测</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="79"/>
        <source>Consumption requests in the range (with the filters)</source>
        <translation>范围内（按当前筛选）的消费请求数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="80"/>
        <source>Quota consumed, in the gateway&apos;s display currency</source>
        <translation>消耗的额度，按网关的显示货币换算</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="80"/>
        <source>Prompt + completion tokens</source>
        <translation>输入 + 输出 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="81"/>
        <source>Average requests per minute: requests / minutes in the range</source>
        <translation>平均每分钟请求数：请求数 / 范围内的分钟数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="82"/>
        <source>Average tokens per minute: tokens / minutes in the range</source>
        <translation>平均每分钟 Tokens：Tokens 数 / 范围内的分钟数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="83"/>
        <source>Most requests in one calendar minute, from the raw records</source>
        <translation>单个自然分钟内的最多请求数（基于原始记录）</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="84"/>
        <source>Refunded quota (type 6 logs) and the net spend after refunds</source>
        <translation>退款额度（类型 6 日志）及扣除退款后的净消费</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="85"/>
        <source>Errors (type 5 logs) / (errors + consumption requests)</source>
        <translation>错误数（类型 5 日志）/（错误数 + 消费请求数）</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="156"/>
        <source>%1 errors</source>
        <translation>%1 次错误</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="157"/>
        <source>%1 quota</source>
        <translation>%1 额度</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="159"/>
        <source>in %1 · out %2</source>
        <translation>输入 %1 · 输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="162"/>
        <source>%1 estimated</source>
        <translation>其中估算 %1</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="164"/>
        <location filename="../ui/statcardspanel.cpp" line="165"/>
        <source>per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="167"/>
        <location filename="../ui/statcardspanel.cpp" line="267"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="167"/>
        <source>needs raw records</source>
        <translation>需要原始记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statcardspanel.cpp" line="174"/>
        <source>%n refund(s) · net %1</source>
        <translation>
            <numerusform>%n 笔退款 · 净消费 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="176"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="183"/>
        <location filename="../ui/statcardspanel.cpp" line="259"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="245"/>
        <source>This period: %1
Previous period (%2): %3</source>
        <translation>本期：%1
上一周期（%2）：%3</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="246"/>
        <source>Change against the previous period: %1</source>
        <translation>与上一周期相比：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statcardspanel.cpp" line="261"/>
        <source>%1: %2 spent so far, %3 projected (%4 – %5), from %n week(s) of history</source>
        <translation>
            <numerusform>%1：已消费 %2，预计 %3（%4 – %5），基于 %n 周的历史数据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="268"/>
        <source>needs a week of history</source>
        <translation>需要一周的历史数据</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="276"/>
        <source>Balance of %1: %2 left, %3 a day, runs out about %4</source>
        <translation>%1 的余额：剩余 %2，每天 %3，预计 %4 前后用完</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="281"/>
        <source>Balance of %1: %2 left, nothing spent in the last 7 days</source>
        <translation>%1 的余额：剩余 %2，最近 7 天无消费</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="285"/>
        <source>balance runs out %1</source>
        <translation>余额预计 %1 用完</translation>
    </message>
</context>
<context>
    <name>QuotaScope::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="46"/>
        <source>Gateway sync status</source>
        <translation>网关同步状态</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="50"/>
        <source>no keychain: tokens kept for this run only</source>
        <translation>无钥匙串：令牌仅在本次运行期间保留</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="121"/>
        <source>%1: %p% · %2 left</source>
        <translation>%1：%p% · 剩余 %2</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="122"/>
        <source>%1: %p%</source>
        <translation>%1：%p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="139"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="141"/>
        <source>about %n min</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="142"/>
        <source>about %n h</source>
        <translation>
            <numerusform>约 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="151"/>
        <source>syncing %1 % (%2 left)</source>
        <translation>同步中 %1%（剩余 %2）</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="153"/>
        <source>syncing %1 %</source>
        <translation>同步中 %1%</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="155"/>
        <source>syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="157"/>
        <location filename="../ui/syncstatuswidget.cpp" line="250"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="160"/>
        <source>waiting until %1 (%2)</source>
        <translation>等待至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="162"/>
        <source>offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="164"/>
        <source>rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="166"/>
        <source>last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="168"/>
        <location filename="../ui/syncstatuswidget.cpp" line="224"/>
        <source>synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="170"/>
        <location filename="../ui/syncstatuswidget.cpp" line="224"/>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="172"/>
        <source>automatic sync off</source>
        <translation>自动同步已关闭</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="174"/>
        <location filename="../ui/syncstatuswidget.cpp" line="228"/>
        <source>next %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="176"/>
        <location filename="../ui/syncstatuswidget.cpp" line="230"/>
        <source>manual sync</source>
        <translation>手动同步</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="202"/>
        <source>%1: offline since %2</source>
        <translation>%1：自 %2 起离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="204"/>
        <source>%n gateways offline since %1</source>
        <translation>
            <numerusform>%n 个网关自 %1 起离线</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="206"/>
        <source>%1: token or user id rejected</source>
        <translation>%1：令牌或用户 ID 被拒绝</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="208"/>
        <source>%1: waiting until %2</source>
        <translation>%1：等待至 %2</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="210"/>
        <source>%1: syncing…</source>
        <translation>%1：同步中…</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="212"/>
        <source>%1: sync failed</source>
        <translation>%1：同步失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="223"/>
        <source>%n gateways</source>
        <translation>
            <numerusform>%n 个网关</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="245"/>
        <source>Last successful sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="245"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="248"/>
        <source>running now</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="252"/>
        <source>automatic sync is off for this gateway</source>
        <translation>此网关的自动同步已关闭</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="254"/>
        <source>paused until the token or user id is fixed</source>
        <translation>已暂停，需先修正令牌或用户 ID</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="258"/>
        <source>only when you choose Sync now</source>
        <translation>仅在选择“立即同步”时</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="259"/>
        <source>Next sync:</source>
        <translation>下次同步：</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="261"/>
        <source>%1 % (%2 of %3)</source>
        <translation>%1%（%2 / %3）</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="265"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="266"/>
        <source>Backfill:</source>
        <translation>回填：</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="269"/>
        <source>Backing off:</source>
        <translation>退避：</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="269"/>
        <source>until %1 (%2)</source>
        <translation>至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="271"/>
        <source>Offline since:</source>
        <translation>离线起始：</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="271"/>
        <source>%1; the cached data stays available</source>
        <translation>%1；缓存的数据仍可使用</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="273"/>
        <source>Last error:</source>
        <translation>上次错误：</translation>
    </message>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="278"/>
        <source>Click to manage the gateways.</source>
        <translation>点击以管理网关。</translation>
    </message>
</context>
<context>
    <name>QuotaScope::TokenTrendChart</name>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="19"/>
        <location filename="../ui/charts/tokentrendchart.cpp" line="21"/>
        <source>Tokens over time</source>
        <translation>Tokens 用量趋势</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="84"/>
        <source>Tokens</source>
        <translation>Tokens 数</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="147"/>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="159"/>
        <source>million tokens</source>
        <translation>百万 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="159"/>
        <source>thousand tokens</source>
        <translation>千 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="159"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>QuotaScope::TrayController</name>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="21"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="22"/>
        <source>Open QuotaScope</source>
        <translation>打开 QuotaScope</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="23"/>
        <source>Pause alerts</source>
        <translation>暂停告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="30"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="107"/>
        <source>No alerts</source>
        <translation>无告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="109"/>
        <source>Warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="111"/>
        <source>Alerts</source>
        <translation>有告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="113"/>
        <source>Gateway not syncing</source>
        <translation>网关未同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="122"/>
        <source> (%n open)</source>
        <translation>
            <numerusform>（%n 条未解决）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="124"/>
        <source>Alerts paused</source>
        <translation>告警已暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="145"/>
        <source>%n new alerts</source>
        <translation>
            <numerusform>%n 条新告警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="150"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaScope::TriageDialog</name>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="34"/>
        <source>Spend jumped</source>
        <translation>消费突增</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="36"/>
        <source>New IP</source>
        <translation>新 IP</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="38"/>
        <source>New model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="40"/>
        <source>Channel failing</source>
        <translation>渠道故障</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="42"/>
        <source>Channel slow</source>
        <translation>渠道变慢</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="56"/>
        <source>Anomaly triage</source>
        <translation>异常排查</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="59"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="60"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="61"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="63"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="68"/>
        <source>Spend involved</source>
        <translation>涉及消费</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="68"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="68"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="75"/>
        <source>Compared with the 4 periods of the same length before. Double-click an entry to show its logs in the dashboard.</source>
        <translation>与之前 4 个等长时段比较。双击条目可在仪表盘中查看其日志。</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="102"/>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/triagedialog.cpp" line="131"/>
        <source>Nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/triagedialog.cpp" line="132"/>
        <source>%n finding(s), spend in quota</source>
        <translation>
            <numerusform>%n 项发现，消费以额度计</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaScope::ViewNumbers</name>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="97"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="98"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="99"/>
        <source>All sources</source>
        <translation>全部数据源</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="100"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="101"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="102"/>
        <source>Granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="111"/>
        <source>Log types</source>
        <translation>日志类型</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="111"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="112"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="114"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <location filename="../core/store/rollupsql.cpp" line="85"/>
        <source>a rollup sum does not fit in a 64-bit number; the rows hold implausible values</source>
        <translation>汇总值超出 64 位整数的范围；这些行中有不合理的数值</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="404"/>
        <source>column `%1`</source>
        <translation>列 `%1`</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="405"/>
        <location filename="../core/ingest/rowmapper.cpp" line="724"/>
        <source>field `%1`</source>
        <translation>字段 `%1`</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="417"/>
        <source>the header has no column `%1` (columns: %2)</source>
        <translation>表头中没有列 `%1`（现有列：%2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="462"/>
        <location filename="../core/ingest/rowmapper.cpp" line="474"/>
        <location filename="../core/ingest/rowmapper.cpp" line="728"/>
        <location filename="../core/ingest/rowmapper.cpp" line="766"/>
        <source>%1 out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="463"/>
        <location filename="../core/ingest/rowmapper.cpp" line="729"/>
        <source>%1 is outside the plausible range %2..%3 (%4)</source>
        <translation>%1 超出合理范围 %2..%3（%4）</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="475"/>
        <location filename="../core/ingest/rowmapper.cpp" line="767"/>
        <source>%1 is outside 2000-01-01 .. now + 1 day (%2)</source>
        <translation>%1 超出 2000-01-01 .. 当前时间 + 1 天的范围（%2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="547"/>
        <location filename="../core/ingest/rowmapper.cpp" line="758"/>
        <source>%1 is not a whole number (%2)</source>
        <translation>%1 不是整数（%2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="548"/>
        <location filename="../core/ingest/rowmapper.cpp" line="611"/>
        <location filename="../core/ingest/rowmapper.cpp" line="749"/>
        <source>%1 is not a number (%2)</source>
        <translation>%1 不是数字（%2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="581"/>
        <source>%1 (the time) is empty</source>
        <translation>%1（时间）为空</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="595"/>
        <source>%1 is not a time (%2)</source>
        <translation>%1 不是时间（%2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="625"/>
        <source>%1 is not true or false (%2)</source>
        <translation>%1 不是 true 或 false（%2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="668"/>
        <source>`other`.%1</source>
        <translation>`other`.%1</translation>
    </message>
    <message>
        <location filename="../core/ingest/rowmapper.cpp" line="744"/>
        <source>%1 is missing</source>
        <translation>缺少%1</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="21"/>
        <source>cache: %1: %2</source>
        <translation>缓存：%1：%2</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="91"/>
        <source>a source needs a name</source>
        <translation>数据源需要一个名称</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="94"/>
        <location filename="../core/store/sourcerepository.cpp" line="114"/>
        <location filename="../core/store/sourcerepository.cpp" line="132"/>
        <location filename="../core/store/sourcerepository.cpp" line="137"/>
        <location filename="../core/store/sourcerepository.cpp" line="147"/>
        <location filename="../core/store/sourcerepository.cpp" line="151"/>
        <source>reading sources</source>
        <translation>读取数据源</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="99"/>
        <source>source &quot;%1&quot; holds %2 data and cannot also take %3 data; mixing them would count usage twice. Use another source name.</source>
        <translation>数据源“%1”保存的是%2数据，不能再接收%3数据；混在一起会重复统计用量。请使用其他数据源名称。</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="104"/>
        <location filename="../core/store/sourcerepository.cpp" line="107"/>
        <source>hourly aggregate</source>
        <translation>按小时汇总</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="105"/>
        <location filename="../core/store/sourcerepository.cpp" line="108"/>
        <source>per-request</source>
        <translation>逐请求</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="117"/>
        <location filename="../core/store/sourcerepository.cpp" line="124"/>
        <source>adding source &quot;%1&quot;</source>
        <translation>添加数据源“%1”</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="152"/>
        <source>no source named &quot;%1&quot; in the cache</source>
        <translation>缓存中没有名为“%1”的数据源</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="174"/>
        <location filename="../core/store/sourcerepository.cpp" line="176"/>
        <source>removing a source</source>
        <translation>删除数据源</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="203"/>
        <location filename="../core/store/sourcerepository.cpp" line="208"/>
        <source>saving source details</source>
        <translation>保存数据源信息</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="210"/>
        <location filename="../core/store/sourcerepository.cpp" line="230"/>
        <source>no source with id %1 in the cache</source>
        <translation>缓存中没有 ID 为 %1 的数据源</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="219"/>
        <source>renaming source %1 to &quot;%2&quot;</source>
        <translation>将数据源 %1 重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="239"/>
        <location filename="../core/store/sourcerepository.cpp" line="245"/>
        <source>reading sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="253"/>
        <location filename="../core/store/sourcerepository.cpp" line="258"/>
        <source>counting records</source>
        <translation>统计记录</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="267"/>
        <location filename="../core/store/sourcerepository.cpp" line="273"/>
        <source>saving sync state</source>
        <translation>保存同步状态</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="283"/>
        <location filename="../core/store/sourcerepository.cpp" line="296"/>
        <source>saving import history</source>
        <translation>保存导入历史</translation>
    </message>
    <message>
        <location filename="../core/store/sourcerepository.cpp" line="309"/>
        <location filename="../core/store/sourcerepository.cpp" line="329"/>
        <source>reading import history</source>
        <translation>读取导入历史</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="102"/>
        <source>a sync of &quot;%1&quot; is already running</source>
        <translation>“%1”的同步已在进行中</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="129"/>
        <source>profile &quot;%1&quot;: the base URL is not valid</source>
        <translation>配置“%1”：基础 URL 无效</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="138"/>
        <source>profile &quot;%1&quot; has no access token</source>
        <translation>配置“%1”没有访问令牌</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="178"/>
        <source>profile &quot;%1&quot;: one-api has no hourly data (/api/data); use the request-log mode</source>
        <translation>配置“%1”：one-api 没有按小时的数据（/api/data）；请改用请求日志模式</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="252"/>
        <source>profile &quot;%1&quot; reads everyone&apos;s logs, but user &quot;%2&quot; is a %3 on this gateway. Switch the profile to self scope or use an admin&apos;s token.</source>
        <translation>配置“%1”要读取所有人的日志，但用户“%2”在此网关上是%3。请将配置的范围改为“我自己的用量”，或使用管理员的令牌。</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="341"/>
        <source>window %1, page %2: %3</source>
        <translation>时间窗口 %1，第 %2 页：%3</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="381"/>
        <source>%1, window %2: page %3 holds exactly the rows of page %4. The gateway, or a proxy in front of it, seems to ignore the page parameter (p), so the list would never end; the sync stopped. Point profile &quot;%5&quot; at the gateway itself.</source>
        <translation>%1，时间窗口 %2：第 %3 页的行与第 %4 页完全相同。网关或其前面的代理似乎忽略了分页参数（p），列表将永远读不完；同步已停止。请让配置“%5”指向网关本身。</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="412"/>
        <source>%1, window %2: still more rows after %3 pages, the most read for one window; the sync stopped. The gateway&apos;s list does not end as expected.</source>
        <translation>%1，时间窗口 %2：读取 %3 页（单个时间窗口的上限）后仍有更多行；同步已停止。网关的列表没有按预期结束。</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="428"/>
        <source>window %1 kept changing while it was read (%2 reads; the gateway reported %3 then %4 rows, %5 were read). Sync again later.</source>
        <translation>时间窗口 %1 在读取期间不断变化（读取 %2 次；网关先报告 %3 行，后报告 %4 行，实际读到 %5 行）。请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="546"/>
        <source>hourly data %1: expected a list</source>
        <translation>按小时数据 %1：应为列表</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="558"/>
        <source>hourly data %1, row %2: %3</source>
        <translation>按小时数据 %1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../core/gateway/syncengine.cpp" line="572"/>
        <source>hourly data %1: the rows of %2 / %3 sum to more than a 64-bit number holds</source>
        <translation>按小时数据 %1：%2 / %3 的各行之和超出 64 位整数的范围</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../core/gateway/syncscheduler.cpp" line="240"/>
        <source>no credential store</source>
        <translation>没有凭据存储</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../core/alerts/triage.cpp" line="75"/>
        <source>reading latencies</source>
        <translation>读取延迟</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="134"/>
        <source>token &quot;%1&quot; spent %2 times its usual</source>
        <translation>令牌“%1”的消费是平时的 %2 倍</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="137"/>
        <source>token &quot;%1&quot; spent where it usually spends nothing</source>
        <translation>令牌“%1”在平时没有消费的时段产生了消费</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="166"/>
        <source>channel &quot;%1&quot; failed %2 % of requests (usually %3 %)</source>
        <translation>渠道“%1”有 %2% 的请求失败（平时 %3%）</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="202"/>
        <source>token &quot;%1&quot; used model &quot;%2&quot; for the first time</source>
        <translation>令牌“%1”首次使用模型“%2”</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="207"/>
        <source>finding new models</source>
        <translation>查找新模型</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="234"/>
        <location filename="../core/alerts/triage.cpp" line="251"/>
        <source>finding new IPs</source>
        <translation>查找新 IP</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="245"/>
        <source>token &quot;%1&quot; used from a new IP %2 (%3 requests)</source>
        <translation>令牌“%1”从新 IP %2 使用（%3 次请求）</translation>
    </message>
    <message>
        <location filename="../core/alerts/triage.cpp" line="272"/>
        <source>channel &quot;%1&quot; answers in %2 s on average (usually %3 s)</source>
        <translation>渠道“%1”平均响应时间 %2 秒（平时 %3 秒）</translation>
    </message>
</context>
<context>
    <name>UsageFileReader</name>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="259"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="1123"/>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="253"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="272"/>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="292"/>
        <source>%1: the file is empty; cannot tell its format</source>
        <translation>%1：文件为空，无法判断格式</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="470"/>
        <source>the header has no `created_at` column</source>
        <translation>表头中没有 `created_at` 列</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="823"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="982"/>
        <source>byte %1: %2</source>
        <translation>第 %1 字节：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="830"/>
        <location filename="../core/ingest/usagefilereader.cpp" line="987"/>
        <source>byte %1: a list item is not an object</source>
        <translation>第 %1 字节：列表项不是对象</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="220"/>
        <source>the hourly rows of %1 / %2 sum to more than a 64-bit number holds</source>
        <translation>%1 / %2 的按小时行之和超出 64 位整数的范围</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="419"/>
        <source>%1 (first: %2)</source>
        <translation>%1（首次出现于 %2）</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="430"/>
        <source>%1 line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="495"/>
        <source>the `logs` table has no created_at column</source>
        <translation>`logs` 表没有 created_at 列</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1021"/>
        <source>%1: the gateway answered with an error: %2</source>
        <translation>%1：网关返回了错误：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1023"/>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="518"/>
        <source>unknown preset `%1` (known: burstgpt, azure-trace, mooncake)</source>
        <translation>未知的预设 `%1`（已知：burstgpt、azure-trace、mooncake）</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="535"/>
        <source>no column mapping for this file: give one (e.g. created_at=time,model_name=model) or a preset; its columns are: %1</source>
        <translation>此文件没有列映射：请提供列映射（例如 created_at=time,model_name=model）或选择预设；文件的列为：%1</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="543"/>
        <source>the column mapping has no created_at</source>
        <translation>列映射中没有 created_at</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="929"/>
        <source>reading failed at byte %1: %2</source>
        <translation>在第 %1 字节处读取失败：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="935"/>
        <source>the line is longer than %1 MiB; is this a JSONL file?</source>
        <translation>该行超过 %1 MiB；这是 JSONL 文件吗？</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="591"/>
        <source>empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="829"/>
        <source>the line is not a JSON object</source>
        <translation>该行不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="770"/>
        <source>expected %1 columns as in the header, found %2</source>
        <translation>应与表头一样有 %1 列，实际为 %2 列</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="644"/>
        <source>repeated header</source>
        <translation>重复的表头</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="668"/>
        <source>%1 line %2: cannot seek to byte %3: %4</source>
        <translation>%1 第 %2 行：无法定位到第 %3 字节：%4</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1202"/>
        <source>%1: cannot open the database: %2</source>
        <translation>%1：无法打开数据库：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1236"/>
        <source>%1: the database has no `logs` table%2</source>
        <translation>%1：数据库中没有 `logs` 表%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1240"/>
        <source> (it has `quota_data`: import that as hourly data)</source>
        <translation>（但有 `quota_data` 表：请将其作为按小时数据导入）</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1260"/>
        <source>%1: cannot read `logs`: %2</source>
        <translation>%1：无法读取 `logs`：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1271"/>
        <source>%1 logs id %2</source>
        <translation>%1 的 logs 表 ID %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1272"/>
        <source>%1 logs row %2</source>
        <translation>%1 的 logs 表第 %2 行</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1292"/>
        <source>%1: reading `logs` failed: %2</source>
        <translation>%1：读取 `logs` 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1301"/>
        <source>%1: the database has no `quota_data` table</source>
        <translation>%1：数据库中没有 `quota_data` 表</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1309"/>
        <source>%1: cannot read `quota_data`: %2</source>
        <translation>%1：无法读取 `quota_data`：%2</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1323"/>
        <source>%1 quota_data row %2</source>
        <translation>%1 的 quota_data 表第 %2 行</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1329"/>
        <source>%1 quota_data row %2: %3</source>
        <translation>%1 的 quota_data 表第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../core/ingest/usagefilereader.cpp" line="1339"/>
        <source>%1: reading `quota_data` failed: %2</source>
        <translation>%1：读取 `quota_data` 失败：%2</translation>
    </message>
</context>
<context>
    <name>ViewNumbers</name>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="34"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="35"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="36"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="37"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/export/viewnumbers.cpp" line="38"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>Usage dashboard for new-api / one-api gateways.</source>
        <translation>new-api / one-api 网关用量看板。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>Use the cache file &lt;path&gt;.</source>
        <translation>使用缓存文件 &lt;path&gt;。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>Import the bundled demo data (once) and show it.</source>
        <translation>导入内置的演示数据（仅一次）并显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>Render the window to the PNG &lt;file&gt; and exit.</source>
        <translation>将窗口渲染为 PNG 文件 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>--screenshot 使用的窗口大小，例如 1600x1000。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Open the saved view &lt;file&gt; (range, filters, group-by, metric).</source>
        <translation>打开已保存的视图 &lt;file&gt;（范围、筛选、分组、指标）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Appearance for this run: system, light or dark.</source>
        <translation>本次运行的外观：system、light 或 dark。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>Open the dashboard on this tab: overview, rankings or cache.</source>
        <translation>打开仪表盘时显示的标签页：overview（概览）、rankings（排行）或 cache（缓存与延迟）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Start in the system tray, without the window.</source>
        <translation>启动时只显示在系统托盘，不打开窗口。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="121"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, not &quot;%1&quot;</source>
        <translation>--size 需要 宽x高 的格式，例如 1600x1000，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="127"/>
        <source>--theme expects system, light or dark, not &quot;%1&quot;</source>
        <translation>--theme 应为 system、light 或 dark，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="193"/>
        <source>--tab expects overview, rankings or cache, not &quot;%1&quot;</source>
        <translation>--tab 只接受 overview、rankings 或 cache，而不是“%1”</translation>
    </message>
</context>
</TS>
