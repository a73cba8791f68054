<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoData</name>
    <message>
        <location filename="../ui/demodata.cpp" line="39" />
        <source>The demo data is missing from this build (%1).</source>
        <translation>此版本缺少演示数据（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/demodata.cpp" line="42" />
        <source>Cannot write a temporary copy of the demo data: %1</source>
        <translation>无法写入演示数据的临时副本：%1</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <location filename="../ui/filepreview.cpp" line="32" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="39" />
        <source>(binary file: %1 bytes)</source>
        <translation>（二进制文件：%1 字节）</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="48" />
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="58" />
        <source>could not write a temporary sample file</source>
        <translation>无法写入临时样本文件</translation>
    </message>
    <message>
        <location filename="../ui/filepreview.cpp" line="62" />
        <source>no row preview for a large %1 file; the import reads it all</source>
        <translation>%1 文件过大，不提供行预览；导入时会完整读取</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filepreview.cpp" line="91" />
        <source>hourly aggregates: %n bucket(s) in the sample</source>
        <translation><numerusform>按小时聚合：样本中有 %n 个时段</numerusform></translation>
    </message>
</context>
<context>
    <name>QuotaScope::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="41" />
        <source>Import usage files</source>
        <translation>导入用量文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="47" />
        <source>&amp;Add files...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="48" />
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="60" />
        <source>Imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="63" />
        <source>Detect from content</source>
        <translation>根据内容识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="65" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="66" />
        <source>BurstGPT trace</source>
        <translation>BurstGPT 轨迹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="67" />
        <source>Azure LLM inference trace</source>
        <translation>Azure LLM 推理轨迹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="68" />
        <source>Mooncake trace</source>
        <translation>Mooncake 轨迹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="70" />
        <source>e.g. created_at=TIMESTAMP,prompt_tokens=ContextTokens</source>
        <translation>例如 created_at=TIMESTAMP,prompt_tokens=ContextTokens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="71" />
        <source>Relative times count from</source>
        <translation>相对时间的起点</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="84" />
        <source>only for rows that lack it</source>
        <translation>仅用于缺少该字段的行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="86" />
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="88" />
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="90" />
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="100" />
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="101" />
        <source>&amp;Source name:</source>
        <translation>数据源名称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="102" />
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="103" />
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="104" />
        <source>Column ma&amp;pping:</source>
        <translation>列映射(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="105" />
        <source>&amp;Epoch base:</source>
        <translation>时间基准(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="106" />
        <source>Fill in:</source>
        <translation>补全：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="108" />
        <location filename="../ui/dialogs/importdialog.cpp" line="255" />
        <source>Add a file to see a preview.</source>
        <translation>添加文件后即可预览。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="119" />
        <source>Parsed rows</source>
        <translation>解析结果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="120" />
        <source>Raw lines</source>
        <translation>原始行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="121" />
        <source>Preview (first 20 rows of the selected file)</source>
        <translation>预览（所选文件的前 20 行）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="132" />
        <source>Results appear here.</source>
        <translation>导入结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="137" />
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="162" />
        <source>Importing %1 (%2 of %3)...</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="233" />
        <source>Choose usage files</source>
        <translation>选择用量文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="234" />
        <source>Usage files (*.json *.jsonl *.ndjson *.csv *.sqlite *.db);;All files (*)</source>
        <translation>用量文件 (*.json *.jsonl *.ndjson *.csv *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="264" />
        <location filename="../ui/dialogs/importdialog.cpp" line="323" />
        <source>Column mapping: %1</source>
        <translation>列映射：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="267" />
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="276" />
        <source>Detected format: %1</source>
        <translation>识别到的格式：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="277" />
        <source>Format not detected: %1</source>
        <translation>未能识别格式：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="279" />
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="281" />
        <source>%n row(s) of the sample would be skipped.</source>
        <translation><numerusform>样本中有 %n 行将被跳过。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="285" />
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="285" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="285" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="285" />
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="285" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="286" />
        <source>Prompt</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="286" />
        <source>Completion</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="286" />
        <source>Quota</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="286" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="317" />
        <source>Enter a source name: imported rows are kept per source.</source>
        <translation>请输入数据源名称：导入的记录按数据源保存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="329" />
        <source>Starting...</source>
        <translation>正在开始...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="339" />
        <source>Cancelling: the file being imported is rolled back...</source>
        <translation>正在取消：正在导入的文件将被回滚...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="370" />
        <source>Cancelled. Files not finished were rolled back; the cache holds only completed files.</source>
        <translation>已取消。未完成的文件已回滚，缓存中只保留已完成的文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="372" />
        <source>%n file(s) failed; see below.</source>
        <translation><numerusform>%n 个文件导入失败，详见下方。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="374" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="384" />
        <source>%1: cancelled, nothing imported</source>
        <translation>%1：已取消，未导入任何内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="384" />
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="386" />
        <source>%1 (%2): %3 rows read, %4 added, %5 duplicates, %6 skipped</source>
        <translation>%1（%2）：读取 %3 行，新增 %4 行，重复 %5 行，跳过 %6 行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="390" />
        <source> (hourly buckets)</source>
        <translation>（按小时聚合）</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ImportJob</name>
    <message>
        <location filename="../ui/importjob.cpp" line="45" />
        <source>cancelled before it started</source>
        <translation>开始前已取消</translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogItemDelegate</name>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="20" />
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="22" />
        <source>Consume</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="24" />
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="26" />
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="28" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="30" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="32" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="63" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="66" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/logitemdelegate.cpp" line="66" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>QuotaScope::LogTableModel</name>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="135" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="137" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="139" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="141" />
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="143" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="145" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="147" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="149" />
        <source>Prompt</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="151" />
        <source>Completion</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="153" />
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="155" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="157" />
        <source>Latency</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="159" />
        <source>Stream</source>
        <translation>流式</translation>
    </message>
    <message>
        <location filename="../ui/logtablemodel.cpp" line="161" />
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>QuotaScope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47" />
        <source>QuotaScope</source>
        <translation>QuotaScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74" />
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76" />
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86" />
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89" />
        <source>&amp;Gateways</source>
        <translation>网关(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90" />
        <source>&amp;Manage gateways...</source>
        <translation>管理网关(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93" />
        <source>&amp;About QuotaScope</source>
        <translation>关于 QuotaScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112" />
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115" />
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117" />
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128" />
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129" />
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134" />
        <source>Local (%1)</source>
        <translation>本地（%1）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143" />
        <source>All sources</source>
        <translation>全部数据源</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147" />
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148" />
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149" />
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150" />
        <source>&amp;Granularity:</source>
        <translation>粒度(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151" />
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152" />
        <source>&amp;Source:</source>
        <translation>数据源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>All tokens</source>
        <translation>全部令牌</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166" />
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167" />
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168" />
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169" />
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170" />
        <source>Gro&amp;up:</source>
        <translation>分组(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171" />
        <source>R&amp;eset filters</source>
        <translation>重置筛选(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244" />
        <source>Show &amp;all requests</source>
        <translation>显示全部请求(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>Requests</source>
        <translation>请求记录</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284" />
        <source>Could not read the requests: %1</source>
        <translation>无法读取请求记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315" />
        <source>Loading the demo data...</source>
        <translation>正在载入演示数据...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325" />
        <source>The demo data could not be loaded: %1</source>
        <translation>无法载入演示数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="327" />
        <source>Demo data: %n request(s) added.</source>
        <translation><numerusform>演示数据：新增 %n 条请求。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437" />
        <source>Could not load the dashboard: %1</source>
        <translation>无法加载看板：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442" />
        <source>%1 requests in range · updated in %2 ms</source>
        <translation>范围内 %1 次请求 · 用时 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483" />
        <source>hourly</source>
        <translation>按小时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485" />
        <source>daily</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487" />
        <source>weekly</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489" />
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493" />
        <source>Showing %1 bars: %2 bars would make %3 buckets (charts show at most %4).</source>
        <translation>已改为%1显示：%2会产生 %3 个时段（图表最多显示 %4 个）。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513" />
        <source>Could not read the filter values: %1</source>
        <translation>无法读取筛选值：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545" />
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575" />
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582" />
        <source>Requests (%1, newest first)</source>
        <translation>请求记录（%1 条，最新在前）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583" />
        <source>Requests for %1 (%2, newest first)</source>
        <translation>%1 的请求记录（%2 条，最新在前）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="665" />
        <source>About QuotaScope</source>
        <translation>关于 QuotaScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666" />
        <source>&lt;p&gt;&lt;b&gt;QuotaScope&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Where the requests, tokens and money of your AI API gateways go: new-api and one-api usage from the gateway's API, its database or exported log files, cached locally.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;QuotaScope&lt;/b&gt;&lt;/p&gt;&lt;p&gt;查看 AI API 网关的请求、令牌和费用都用在了哪里：从网关 API、网关数据库或导出的日志文件读取 new-api 和 one-api 的用量，并缓存在本地。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QuotaScope::QuotaBarChart</name>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="18" />
        <source>Spend by model</source>
        <translation>各模型消费</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="20" />
        <source>Spend by model over time</source>
        <translation>各模型消费随时间变化</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="56" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/charts/quotabarchart.cpp" line="81" />
        <source>Quota</source>
        <translation>额度</translation>
    </message>
</context>
<context>
    <name>QuotaScope::RequestPieChart</name>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="16" />
        <location filename="../ui/charts/requestpiechart.cpp" line="18" />
        <source>Requests by model</source>
        <translation>各模型请求数</translation>
    </message>
    <message>
        <location filename="../ui/charts/requestpiechart.cpp" line="34" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>QuotaScope::ScreenshotTaker</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="32" />
        <source>Could not write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
</context>
<context>
    <name>QuotaScope::StatCardsPanel</name>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28" />
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28" />
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28" />
        <source>Tokens</source>
        <translation>令牌数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="28" />
        <source>Avg RPM</source>
        <translation>平均 RPM</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="29" />
        <source>Avg TPM</source>
        <translation>平均 TPM</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="29" />
        <source>Peak RPM</source>
        <translation>峰值 RPM</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="29" />
        <source>Refunds / net</source>
        <translation>退款 / 净消费</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="29" />
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="31" />
        <source>Consumption requests in the range (with the filters)</source>
        <translation>范围内（按当前筛选）的消费请求数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="32" />
        <source>Quota consumed, in the gateway's display currency</source>
        <translation>消耗的额度，按网关的显示货币换算</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="33" />
        <source>Prompt + completion tokens</source>
        <translation>输入 + 输出令牌数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="34" />
        <source>Average requests per minute: requests / minutes in the range</source>
        <translation>平均每分钟请求数：请求数 / 范围内的分钟数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="35" />
        <source>Average tokens per minute: tokens / minutes in the range</source>
        <translation>平均每分钟令牌数：令牌数 / 范围内的分钟数</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="36" />
        <source>Most requests in one calendar minute, from the raw records</source>
        <translation>单个自然分钟内的最多请求数（基于原始记录）</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="37" />
        <source>Refunded quota (type 6 logs) and the net spend after refunds</source>
        <translation>退款额度（类型 6 日志）及扣除退款后的净消费</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="38" />
        <source>Errors (type 5 logs) / (errors + consumption requests)</source>
        <translation>错误数（类型 5 日志）/（错误数 + 消费请求数）</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="80" />
        <source>%1 errors</source>
        <translation>%1 次错误</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="81" />
        <source>%1 quota</source>
        <translation>%1 额度</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="83" />
        <source>in %1 · out %2</source>
        <translation>输入 %1 · 输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="84" />
        <location filename="../ui/statcardspanel.cpp" line="85" />
        <source>per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="87" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="87" />
        <source>needs raw records</source>
        <translation>需要原始记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statcardspanel.cpp" line="93" />
        <source>%n refund(s) · net %1</source>
        <translation><numerusform>%n 笔退款 · 净消费 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/statcardspanel.cpp" line="95" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>QuotaScope::TokenTrendChart</name>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="18" />
        <location filename="../ui/charts/tokentrendchart.cpp" line="20" />
        <source>Tokens over time</source>
        <translation>令牌用量趋势</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="46" />
        <source>Tokens</source>
        <translation>令牌数</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="72" />
        <source>million tokens</source>
        <translation>百万令牌</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="72" />
        <source>thousand tokens</source>
        <translation>千令牌</translation>
    </message>
    <message>
        <location filename="../ui/charts/tokentrendchart.cpp" line="72" />
        <source>tokens</source>
        <translation>令牌</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="54" />
        <source>Usage dashboard for new-api / one-api gateways.</source>
        <translation>new-api / one-api 网关用量看板。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56" />
        <source>Use the cache file &lt;path&gt;.</source>
        <translation>使用缓存文件 &lt;path&gt;。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59" />
        <source>Import the bundled demo data (once) and show it.</source>
        <translation>导入内置的演示数据（仅一次）并显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61" />
        <source>Render the window to the PNG &lt;file&gt; and exit.</source>
        <translation>将窗口渲染为 PNG 文件 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64" />
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>--screenshot 使用的窗口大小，例如 1600x1000。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67" />
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74" />
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, not "%1"</source>
        <translation>--size 需要 宽x高 的格式，例如 1600x1000，而不是“%1”</translation>
    </message>
</context>
</TS>
