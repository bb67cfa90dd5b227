<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>What does it use the number for?</source>
        <translation>这个账号用这个号码做什么？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>修改{name}</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>要做什么(&amp;W)</translation>
    </message>
    <message>
        <source>How far along is it?</source>
        <translation>进展到哪一步了？</translation>
    </message>
    <message>
        <source>e.g. the bank needs me to come in person</source>
        <translation>例如：银行要求我本人去一趟</translation>
    </message>
    <message>
        <source>Why it cannot be done</source>
        <translation>为什么无法完成</translation>
    </message>
    <message>
        <source>&amp;Why can it not be done?</source>
        <translation>为什么无法完成？(&amp;W)</translation>
    </message>
    <message>
        <source>Notes about this account</source>
        <translation>关于这个账号的备注</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Please write why it cannot be done.</source>
        <translation>请写一下为什么无法完成。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cannot be done</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>购物</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政务</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>出行旅游</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Food and delivery</source>
        <translation>餐饮外卖</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>娱乐</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Cloud and storage</source>
        <translation>网盘和存储</translation>
    </message>
    <message>
        <source>Phone company</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Phone or computer</source>
        <translation>手机或电脑</translation>
    </message>
    <message>
        <source>Money and investing</source>
        <translation>理财投资</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>security codes</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>getting back in</source>
        <translation>找回账号</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Change to the new number</source>
        <translation>改绑到新号码</translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation>解除绑定的号码</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>注销这个账号</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Uses the number for</source>
        <translation>号码用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cannot be done: {reason}</source>
        <translation>无法完成：{reason}</translation>
    </message>
</context>
<context>
    <name>AddByNameDialog</name>
    <message>
        <source>Add an account by name</source>
        <translation>按名称添加账号</translation>
    </message>
    <message>
        <source>e.g. My gym, Community clinic</source>
        <translation>例如：我的健身房、社区诊所</translation>
    </message>
    <message>
        <source>Name of the account</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>What kind of account it is</source>
        <translation>这是哪类账号</translation>
    </message>
    <message>
        <source>&amp;What kind of account is it?</source>
        <translation>这是哪类账号？(&amp;W)</translation>
    </message>
    <message>
        <source>A bank is done first and gets its own page for the counter.</source>
        <translation>银行会排在最前面，打印时单独一页，方便带去柜台。</translation>
    </message>
    <message>
        <source>Notes about this account</source>
        <translation>关于这个账号的备注</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Please type the name of the app, bank or website.</source>
        <translation>请输入应用、银行或网站的名称。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <source>Your backups are on the same disk as your information: if that disk breaks, both are lost. In Settings, choose a backups folder on a USB stick or another disk.</source>
        <translation>您的备份和资料在同一块磁盘上：如果这块磁盘坏了，两者都会丢失。请在“设置”里把备份文件夹选在U盘或另一块磁盘上。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份列表（最新的在前）</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>现在备份一次</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复选中的备份</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Move to another computer…</source>
        <translation>搬到另一台电脑…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>您自己做的</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>恢复前保留的</translation>
    </message>
    <message>
        <source>Kept before an update</source>
        <translation>更新前保留的</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>上次备份：{when}。</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>还没有做过备份。</translation>
    </message>
    <message>
        <source>A backup was made: {when}.</source>
        <translation>已经备份好了：{when}。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>&amp;Passphrase you used then</source>
        <translation>当时用的密码(&amp;P)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Opening the backup, please wait</source>
        <translation>正在打开备份，请稍候</translation>
    </message>
    <message>
        <source>Show what it holds</source>
        <translation>看看里面有什么</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>备份里有什么</translation>
    </message>
    <message>
        <source>Restoring replaces what Ringoff holds now with this backup. What it holds now is kept as a backup first, so nothing is lost. Ringoff locks, and then you unlock again.</source>
        <translation>恢复会用这份备份替换 Ringoff 现在保存的资料。现在的资料会先另存为一份备份，所以什么都不会丢失。随后 Ringoff 会锁上，您再重新解锁即可。</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Ringoff backups (*.ringoff-backup);;All files (*)</source>
        <translation>Ringoff 备份 (*.ringoff-backup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>To restore the backup from {when}, type your passphrase, or your recovery key.</source>
        <translation>要恢复{when}的备份，请输入您的密码或恢复码。</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault, not to the information you have open now. Replace it only if you are sure.</source>
        <translation>这份备份属于另一份资料，不是您现在打开的这一份。只有在您确定的情况下才替换。</translation>
    </message>
    <message>
        <source>Replace with it anyway</source>
        <translation>仍然用它替换</translation>
    </message>
    <message>
        <source>Your backup from {when} was restored. Unlock with the passphrase or recovery key you used for that backup.</source>
        <translation>{when}的备份已经恢复。请用您刚才打开这份备份时用的密码或恢复码解锁。</translation>
    </message>
    <message>
        <source>Your backup from {when} was restored. What Ringoff held before is kept as a backup in {folder}. Unlock with the passphrase or recovery key you used for that backup.</source>
        <translation>{when}的备份已经恢复。Ringoff 原来的资料已另存为备份，放在 {folder}。请用您刚才打开这份备份时用的密码或恢复码解锁。</translation>
    </message>
    <message>
        <source>Your backup from {when} was restored. What Ringoff held before is kept as a backup in {folder}. Unlock with your passphrase as usual.</source>
        <translation>{when}的备份已经恢复。Ringoff 原来的资料已另存为备份，放在 {folder}。请像平常一样用您的密码解锁。</translation>
    </message>
    <message>
        <source>Replace with this backup</source>
        <translation>换成这份备份</translation>
    </message>
    <message>
        <source>Ringoff makes an encrypted copy of your information every day it is used, and when you lock or close it after changes (at most once an hour). It keeps the newest 10 and one for each of the last 30 days. Copies you make yourself are never removed.</source>
        <translation>在使用 Ringoff 的每一天，它都会为您的资料做一份加密备份；您修改过资料后锁上或关闭 Ringoff 时也会做一份（最多每小时一次）。它保留最新的 10 份，以及最近 30 天里每天一份。您自己做的备份永远不会被删除。</translation>
    </message>
    <message>
        <source>Keep what I have</source>
        <translation>保留现在的资料</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>请输入您的恢复码。</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>This backup holds — people: {people}, numbers: {numbers}, accounts: {accounts}. Last change: {last}.</source>
        <translation>这份备份里有：家人 {people} 位，号码 {numbers} 个，账号 {accounts} 个。最后修改：{last}。</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>保存搬家文件</translation>
    </message>
    <message>
        <source>Ringoff transfer files (*.ringoff-transfer)</source>
        <translation>Ringoff 搬家文件 (*.ringoff-transfer)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>要替换这个文件吗？</translation>
    </message>
    <message>
        <source>There is already a file “{name}”. Replace it?</source>
        <translation>已经有一个文件叫“{name}”。要替换它吗？</translation>
    </message>
    <message>
        <source>Saved to {path}. Copy this file to the other computer, install Ringoff there and choose “Bring your information from another computer” in its Settings. You will need your passphrase or your recovery key.</source>
        <translation>已保存到 {path}。请把这个文件复制到另一台电脑上，在那台电脑上安装 Ringoff，然后在“设置”里选择“从另一台电脑搬来资料”。到时需要您的密码或恢复码。</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Ringoff ran into a problem it did not expect. Your information is safe: everything you saved before this is still in your vault.</source>
        <translation>Ringoff 遇到了一个意外的问题。您的资料是安全的：出问题之前保存的内容都还在。</translation>
    </message>
    <message>
        <source>If it happens again, please send us the details. They contain no phone numbers, names or passwords.</source>
        <translation>如果再次出现，请把详细信息发给我们。里面没有手机号码、姓名或密码。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copy the details of the problem</source>
        <translation>复制这个问题的详细信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>There is nothing to put in a calendar yet: no number has a cancellation date.</source>
        <extracomment>The day SEQUENCE counts from; later exports get a higher SEQUENCE, so calendars update. Only for the .ics: each message in English and Simplified Chinese.</extracomment>
        <translation>现在还没有可以放进日历的内容：还没有哪个号码填了注销日期。</translation>
    </message>
    <message>
        <source>This number has no cancellation date yet, so there is nothing to put in a calendar.</source>
        <translation>这个号码还没有填注销日期，所以没有可以放进日历的内容。</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Dates in your phone&apos;s calendar</source>
        <translation>把日期放进手机日历</translation>
    </message>
    <message>
        <source>Put the dates in your phone&apos;s calendar</source>
        <translation>把日期放进手机日历</translation>
    </message>
    <message>
        <source>Ringoff makes a calendar file with the important days: the last comfortable day to finish, the cancellation day and the first day the number may go to someone else. Your phone&apos;s calendar then reminds you, even when the computer is off.</source>
        <translation>Ringoff 会生成一个日历文件，里面有几个重要日子：从容办完的最后一天、注销日，以及号码可能被重新分配给别人的第一天。之后手机日历会提醒您，电脑关着也没关系。</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>全部号码</translation>
    </message>
    <message>
        <source>&amp;Which number</source>
        <translation>哪个号码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Leave the phone number and names out of the file</source>
        <translation>文件里不写手机号码和姓名(&amp;L)</translation>
    </message>
    <message>
        <source>Leave the phone number and names out of the file</source>
        <translation>文件里不写手机号码和姓名</translation>
    </message>
    <message>
        <source>Safer if the file is sent by email or the calendar is shared: the events then say “Phone number 1” instead of the number.</source>
        <translation>如果要用邮件发送这个文件，或者和别人共用日历，这样更安全：日程里只写“号码 1”，不写号码本身。</translation>
    </message>
    <message>
        <source>What to do with the file</source>
        <translation>怎样处理这个文件</translation>
    </message>
    <message>
        <source>Save the calendar file…</source>
        <translation>保存日历文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No number has a cancellation date yet, so there is nothing to export.</source>
        <translation>还没有哪个号码填了注销日期，所以没有可以导出的内容。</translation>
    </message>
    <message>
        <source>Saved as {path}.

iPhone: send the file to yourself by email (or with AirDrop from a Mac). Open the message on the iPhone, tap the file, then tap “Add All”.

Android: send the file to yourself by email. Open the message on the phone, tap the file and choose your calendar (for example Google Calendar), then tap “Save” or “Import”.

Exporting again later updates the same events instead of adding copies.</source>
        <translation>已保存为 {path}。

iPhone：用电子邮件把这个文件发给自己（或在 Mac 上用“隔空投送”）。在 iPhone 上打开这封邮件，轻点文件，再轻点“全部添加”。

安卓手机：用电子邮件把这个文件发给自己。在手机上打开这封邮件，轻点文件，选择您的日历（例如 Google 日历或手机自带的日历），再轻点“保存”或“导入”。

以后再导出一次，会更新同样的日程，不会重复添加。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>ringoff-dates.ics</source>
        <translation>ringoff-dates.ics</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>保存日历文件</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>CatalogNotes</name>
    <message>
        <source>Ringoff has no confirmed steps for {name} yet: this is the usual way at Chinese banks.</source>
        <translation>Ringoff 还没有核实过{name}的具体步骤：下面是国内银行通常的办法。</translation>
    </message>
    <message>
        <source>Ringoff has no confirmed steps for {name} yet: this is the usual way at banks.</source>
        <translation>Ringoff 还没有核实过{name}的具体步骤：下面是银行通常的办法。</translation>
    </message>
    <message>
        <source>Ringoff has no confirmed steps for {name} yet: this is the usual path in Chinese apps.</source>
        <translation>Ringoff 还没有核实过{name}的具体步骤：下面是国内App通常的路径。</translation>
    </message>
    <message>
        <source>Ringoff has no confirmed steps for {name} yet: this is the usual path in apps.</source>
        <translation>Ringoff 还没有核实过{name}的具体步骤：下面是一般App通常的路径。</translation>
    </message>
    <message>
        <source>These steps come from what other people have reported, not from {name} itself, so your app may look a little different.</source>
        <translation>这些步骤来自其他人的经验，不是{name}官方给出的，所以您手机上看到的可能略有不同。</translation>
    </message>
    <message>
        <source>Steps checked on {date}.</source>
        <translation>步骤核对于{date}。</translation>
    </message>
    <message>
        <source>That was more than a year ago, so they are possibly out of date.</source>
        <translation>那已经是一年多以前了，步骤可能已经过时。</translation>
    </message>
    <message>
        <source>{name}&apos;s website: {link}</source>
        <translation>{name}的网站：{link}</translation>
    </message>
    <message>
        <source>The official help: {link}</source>
        <translation>官方帮助：{link}</translation>
    </message>
    <message>
        <source>The service&apos;s website (opens in your web browser)</source>
        <translation>这个服务的网站（在浏览器中打开）</translation>
    </message>
    <message>
        <source>The official help page (opens in your web browser)</source>
        <translation>官方帮助页面（在浏览器中打开）</translation>
    </message>
    <message>
        <source>General guide</source>
        <translation>一般步骤</translation>
    </message>
    <message>
        <source>The words on your screen may be different; look for similar ones.</source>
        <translation>您屏幕上的字可能不一样，请找意思相近的按钮。</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Add from the list</source>
        <translation>从列表中添加</translation>
    </message>
    <message>
        <source>Which of these use the number?</source>
        <translation>下面哪些用了这个号码？</translation>
    </message>
    <message>
        <source>Tick every app, bank or service that uses this number. You can tick many.</source>
        <translation>请勾选所有用这个号码的应用、银行或服务。可以勾选多个。</translation>
    </message>
    <message>
        <source>Also show services from other countries</source>
        <translation>也显示其他国家的服务</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>在列表中搜索</translation>
    </message>
    <message>
        <source>Name or web address, e.g. PayPal or paypal.com</source>
        <translation>名称、拼音（例如 zfb）或网址</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>Services to choose from</source>
        <translation>可以选择的服务</translation>
    </message>
    <message>
        <source>How many are ticked</source>
        <translation>已勾选几项</translation>
    </message>
    <message>
        <source>This list is from {date}, from an update you imported.</source>
        <translation>这份列表是{date}的，来自您导入的更新。</translation>
    </message>
    <message>
        <source>This list is from {date}, as it came with Ringoff.</source>
        <translation>这份列表是{date}的，随 Ringoff 一起提供。</translation>
    </message>
    <message>
        <source>Where this list comes from</source>
        <translation>这份列表的来源</translation>
    </message>
    <message>
        <source>Nothing found. You can add it by name instead.</source>
        <translation>没有找到。您可以改为按名称添加。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>已勾选 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n</source>
        <translation>
            <numerusform>添加 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>CatalogUpdate</name>
    <message>
        <source>Ringoff goes on with the list of services it has. Get the update file again from the Ringoff website, or ask the person who gave it to you.</source>
        <translation>Ringoff 会继续使用现有的服务列表。请从 Ringoff 网站重新下载更新文件，或者问问给您文件的人。</translation>
    </message>
    <message>
        <source>This file is not a Ringoff catalog update, or it is damaged.</source>
        <translation>这个文件不是 Ringoff 的服务列表更新，或者已经损坏。</translation>
    </message>
    <message>
        <source>This catalog update is for another version of Ringoff. Update Ringoff itself first.</source>
        <translation>这个服务列表更新是给另一个版本的 Ringoff 用的。请先更新 Ringoff 本身。</translation>
    </message>
    <message>
        <source>This catalog update is not signed by the Ringoff project, or it was changed after signing, so Ringoff will not use it.</source>
        <translation>这个服务列表更新不是 Ringoff 项目签名的，或者签名后被改动过，所以 Ringoff 不会使用它。</translation>
    </message>
    <message>
        <source>This catalog update is signed but its contents are not in order, so Ringoff will not use it.</source>
        <translation>这个服务列表更新有签名，但内容不正确，所以 Ringoff 不会使用它。</translation>
    </message>
    <message>
        <source>Ringoff cannot read the file {path}.</source>
        <translation>Ringoff 读不了文件 {path}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and folder, then try again.</source>
        <translation>请检查文件名和所在的文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>This catalog update is from {update_date}; the list Ringoff has is from {current_date}, so there is nothing new in it.</source>
        <translation>这个服务列表更新是{update_date}的，而 Ringoff 现有的列表是{current_date}的，所以里面没有新内容。</translation>
    </message>
    <message>
        <source>Ringoff goes on with the list it has.</source>
        <translation>Ringoff 会继续使用现有的列表。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>设一个新密码</translation>
    </message>
    <message>
        <source>Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working. Your backups change too: afterwards the old passphrase opens nothing.</source>
        <translation>您的资料保持不变，只是打开它的密码换了。恢复码照样可以用。您的备份也会一起更换：改完以后，旧密码什么都打不开了。</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>您的新密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再输入一次同样的密码</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>再输入一次(&amp;T)</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示我输入的内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>正在修改密码，请稍候</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Banks and cards</source>
        <translation>银行和银行卡</translation>
    </message>
    <message>
        <source>Payment apps</source>
        <translation>支付应用</translation>
    </message>
    <message>
        <source>Shares, savings and loans</source>
        <translation>股票、储蓄和贷款</translation>
    </message>
    <message>
        <source>Messaging and social networks</source>
        <translation>聊天和社交</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>购物</translation>
    </message>
    <message>
        <source>Food and delivery</source>
        <translation>餐饮外卖</translation>
    </message>
    <message>
        <source>Transport and travel</source>
        <translation>交通出行</translation>
    </message>
    <message>
        <source>Government and tax</source>
        <translation>政务和税务</translation>
    </message>
    <message>
        <source>Your phone company</source>
        <translation>您的运营商</translation>
    </message>
    <message>
        <source>Health and insurance</source>
        <translation>医疗和保险</translation>
    </message>
    <message>
        <source>Email and cloud storage</source>
        <translation>邮箱和网盘</translation>
    </message>
    <message>
        <source>Phone and computer makers&apos; accounts</source>
        <translation>手机和电脑厂商的账号</translation>
    </message>
    <message>
        <source>Video, music and reading</source>
        <translation>视频、音乐和阅读</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Work apps</source>
        <translation>工作应用</translation>
    </message>
    <message>
        <source>Checklist: moving accounts off a phone number</source>
        <translation>解绑清单：把账号从手机号码上换下来</translation>
    </message>
    <message>
        <source>Visits in person</source>
        <translation>需要亲自去办的地方</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Already started.</source>
        <translation>已经开始办了。</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>要带的东西：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>{person}: phone number {number}</source>
        <translation>{person}：手机号码 {number}</translation>
    </message>
    <message>
        <source>To be cancelled on {date} ({away}).</source>
        <translation>注销日期：{date}（{away}）。</translation>
    </message>
    <message>
        <source>No cancellation date has been set yet.</source>
        <translation>还没有定注销日期。</translation>
    </message>
    <message>
        <source>Change the accounts to {whose}&apos;s number: {number}</source>
        <translation>各账号改绑到{whose}的号码：{number}</translation>
    </message>
    <message>
        <source>The new number: {number}</source>
        <translation>新号码：{number}</translation>
    </message>
    <message>
        <source>No number replaces this one: remove it from each account, or close the account where a number is needed.</source>
        <translation>没有号码接替它：从每个账号解绑；必须有手机号的账号就注销。</translation>
    </message>
    <message>
        <source>Printed on {date}. Tick each box when a step is done.</source>
        <translation>打印于 {date}。每做完一步，就在方框里打个勾。</translation>
    </message>
    <message>
        <source>Bank visits: bring your ID card and these cards:</source>
        <translation>去银行：请带上身份证和下面这些银行卡：</translation>
    </message>
    <message>
        <source>Other visits: bring your ID card to:</source>
        <translation>其他要去的地方：请带上身份证去：</translation>
    </message>
    <message>
        <source>Nothing left to do for this number.</source>
        <translation>这个号码已经没有要办的事了。</translation>
    </message>
    <message>
        <source>Steps in the apps</source>
        <translation>在应用里办的步骤</translation>
    </message>
    <message>
        <source>Already done: {names}.</source>
        <translation>已经办好：{names}。</translation>
    </message>
    <message>
        <source>Could not be done: {name} ({reason}).</source>
        <translation>无法办理：{name}（{reason}）。</translation>
    </message>
    <message>
        <source>Could not be done: {name}.</source>
        <translation>无法办理：{name}。</translation>
    </message>
    <message>
        <source>What to do: {what}</source>
        <translation>要做什么：{what}</translation>
    </message>
    <message>
        <source>Show this to the clerk:</source>
        <translation>请给柜员看：</translation>
    </message>
    <message>
        <source>The old number no longer works: these are the steps.</source>
        <translation>旧号码已经不能用了：请按下面的步骤办。</translation>
    </message>
    <message>
        <source>No step-by-step guide: look in the app&apos;s settings for the phone number.</source>
        <translation>没有详细步骤：请在这个应用的设置里找“手机号码”。</translation>
    </message>
    <message>
        <source>If the old number no longer works:</source>
        <translation>如果旧号码已经不能用了：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The checklist could not be saved to {path}: {reason}</source>
        <translation>清单没能保存到 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Print the checklist</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>A large-print list of what is left to do for this number: what to bring, each step with a box to tick, and room for notes. Take it to the bank.</source>
        <translation>一份大字清单，列出这个号码还要办的事：要带什么、每一步（每步都有一个打勾的小方框），还留有写备注的地方。去银行时带上它。</translation>
    </message>
    <message>
        <source>&amp;Language on paper:</source>
        <translation>纸上用的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US and Canada)</source>
        <translation>Letter（美国和加拿大）</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Show the &amp;whole number on paper</source>
        <translation>纸上显示完整号码(&amp;W)</translation>
    </message>
    <message>
        <source>Show the whole number on paper</source>
        <translation>纸上显示完整号码</translation>
    </message>
    <message>
        <source>Without it, the middle digits are hidden, like 138 **** 5678.</source>
        <translation>不勾选的话，中间几位数字会被隐藏，比如 138 **** 5678。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the checklist</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <source>Ringoff checklist</source>
        <translation>Ringoff 清单</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Which of these do you use?</source>
        <translation>下面这些，您用了哪些？</translation>
    </message>
    <message>
        <source>Tick every app, bank and service you use with this number. The most common ones are at the top of each group. Ones already in your list are ticked and greyed.</source>
        <translation>请勾选您用这个号码的所有应用、银行和服务。每组里最常用的排在最前面。已经在您列表里的，会显示为已勾选的灰色。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Name, e.g. PayPal</source>
        <translation>名称、拼音或首字母，例如 zfb</translation>
    </message>
    <message>
        <source>&amp;Find in this list</source>
        <translation>在这个列表里查找(&amp;F)</translation>
    </message>
    <message>
        <source>Nothing in the list matches.</source>
        <translation>列表里没有找到。</translation>
    </message>
    <message>
        <source>Show {n} more</source>
        <translation>再显示 {n} 个</translation>
    </message>
    <message>
        <source>Show {n} more in “{section}”</source>
        <translation>在“{section}”里再显示 {n} 个</translation>
    </message>
    <message>
        <source>Add the ticked ones</source>
        <translation>添加勾选的项目</translation>
    </message>
    <message>
        <source>e.g. Rural Credit Cooperative</source>
        <translation>例如：农村信用社</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>银行名称</translation>
    </message>
    <message>
        <source>Put it in the list</source>
        <translation>放进列表</translation>
    </message>
    <message>
        <source>Put this bank in the list, ticked</source>
        <translation>把这家银行放进列表，并勾选上</translation>
    </message>
    <message>
        <source>Your bank is not in the list? Type its &amp;name:</source>
        <translation>列表里没有您的银行？请输入银行名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Your bank is not in the list? Type its name</source>
        <translation>列表里没有您的银行？请输入银行名称</translation>
    </message>
    <message>
        <source>{name} (already added)</source>
        <translation>{name}（已添加）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Recovery key:</source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The number {number} is not in this vault.</source>
        <translation>您的资料里没有 {number} 这个号码。</translation>
    </message>
    <message>
        <source>Choose a passphrase:</source>
        <translation>设一个密码：</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Created the vault {path}.</source>
        <translation>已创建资料文件 {path}。</translation>
    </message>
    <message>
        <source>Your recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation>您的恢复码（请抄下来并妥善保管；它只显示这一次）：</translation>
    </message>
    <message>
        <source>Write the family member&apos;s number as NAME:NUMBER, e.g. “Daughter:139 0000 1111”.</source>
        <translation>请按“称呼:号码”的格式写家人的号码，例如“女儿:139 0000 1111”。</translation>
    </message>
    <message>
        <source>The number that replaces it is the same as the old one.</source>
        <translation>接替的号码和旧号码是同一个。</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as year-month-day, e.g. 2027-03-15.</source>
        <translation>“{text}”不是日期。请按“年-月-日”的格式写，例如 2027-03-15。</translation>
    </message>
    <message>
        <source>There is no service “{service}” in the catalog. Try `ringoff catalog --search`, or use --name.</source>
        <translation>服务列表里没有“{service}”。请试试 `ringoff catalog --search`，或者使用 --name。</translation>
    </message>
    <message>
        <source>No account “{account}” is tied to this number.</source>
        <translation>这个号码没有关联名为“{account}”的账号。</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>A new recovery key is in force; the old one no longer opens your information or its backups. Your passphrase is unchanged. Write the new key down and keep it safe (it is shown only once):</source>
        <translation>新的恢复码已经生效；旧的恢复码再也打不开您的资料和备份。您的密码没有变。请把新的恢复码抄下来并妥善保管（它只显示这一次）：</translation>
    </message>
    <message>
        <source>There is already a file at “{path}”. Nothing has been changed. Choose another name, or add --force to replace it.</source>
        <translation>“{path}”已经有一个文件了。什么都没有改动。请换一个名字，或者加上 --force 来替换它。</translation>
    </message>
    <message>
        <source>The backup holds {people} people, {numbers} numbers and {accounts} accounts; its last change was on {when}.</source>
        <translation>这份备份里有 {people} 个人、{numbers} 个号码和 {accounts} 个账号；最后一次修改是在 {when}。</translation>
    </message>
    <message>
        <source>To replace your vault with it anyway, add --force.</source>
        <translation>如果仍然要用它替换您的资料，请加上 --force。</translation>
    </message>
    <message>
        <source>The replaced vault was kept as {safety}.</source>
        <translation>被替换的资料已另存为 {safety}。</translation>
    </message>
    <message>
        <source>There was no vault here to keep, so none was kept.</source>
        <translation>这里原来没有资料，所以没有另存任何东西。</translation>
    </message>
    <message>
        <source>Restored {numbers} numbers and {accounts} accounts.</source>
        <translation>已恢复 {numbers} 个号码和 {accounts} 个账号。</translation>
    </message>
    <message>
        <source>It opens with the passphrase or recovery key you just used for the backup.</source>
        <translation>请用您刚才打开这份备份时用的密码或恢复码来打开它。</translation>
    </message>
    <message>
        <source>The vault has problems: {problems}. Restore a backup to be safe.</source>
        <translation>资料文件有问题：{problems}。为了安全，请恢复一份备份。</translation>
    </message>
    <message>
        <source>The vault is in good order.</source>
        <translation>资料文件一切正常。</translation>
    </message>
    <message>
        <source>Ringoff now uses the catalog of {date} from the update file.</source>
        <translation>Ringoff 现在使用更新文件里{date}的服务列表。</translation>
    </message>
    <message>
        <source>Catalog of {date}, from an update you imported ({count} services).</source>
        <translation>服务列表日期：{date}，来自您导入的更新（{count} 个服务）。</translation>
    </message>
    <message>
        <source>Catalog of {date}, shipped with Ringoff ({count} services).</source>
        <translation>服务列表日期：{date}，随 Ringoff 提供（{count} 个服务）。</translation>
    </message>
    <message>
        <source>Ringoff ran into an unexpected problem (a bug). Your data was not changed by it. Details for a bug report:</source>
        <translation>Ringoff 遇到了一个意外的问题（程序错误）。您的资料没有因此被改动。以下是用于报告问题的详细信息：</translation>
    </message>
    <message>
        <source>Another program is using “{path}”, so nothing was changed. Close that program and try again.</source>
        <extracomment>The options of a plain start (no command): name -&gt; allowed values, or None for a flag. Keep in step with build_parser(); tests/unit/test_cli.py checks both agree.</extracomment>
        <translation>另一个程序正在使用“{path}”，所以什么都没有改动。请关闭那个程序后再试。</translation>
    </message>
    <message>
        <source>Added {n} accounts:</source>
        <translation>已添加 {n} 个账号：</translation>
    </message>
    <message>
        <source>Would add {n} accounts (run again with --yes to add):</source>
        <translation>将会添加 {n} 个账号（加上 --yes 再运行一次即可添加）：</translation>
    </message>
    <message>
        <source>{n} more services Ringoff knows are in it, with nothing that shows they use this number (add them yourself if they do):</source>
        <translation>里面还有 {n} 个 Ringoff 认识的服务，但看不出它们用了这个号码（如果用了，请自己添加）：</translation>
    </message>
    <message>
        <source>The file holds private things in plain text: delete it when you are done. Ringoff did not change it.</source>
        <translation>这个文件以明文保存着您的私人内容：用完后请删除它。Ringoff 没有改动它。</translation>
    </message>
    <message>
        <source>a service Ringoff knows</source>
        <translation>Ringoff 认识的服务</translation>
    </message>
    <message>
        <source>{n} were already in the list.</source>
        <translation>其中 {n} 个已经在列表里了。</translation>
    </message>
    <message>
        <source>This is {kind}, with {rows} messages.</source>
        <translation>这是{kind}，共 {rows} 条消息。</translation>
    </message>
    <message>
        <source>A password list from {kind}, with {rows} entries.</source>
        <translation>这是从 {kind} 导出的密码列表，共 {rows} 条。</translation>
    </message>
    <message>
        <source>This computer did not show the reminder as a notification (no notification service was found), so it is only printed here.</source>
        <translation>这台电脑没有以通知的方式显示提醒（找不到通知服务），所以只在这里打印出来。</translation>
    </message>
    <message>
        <source>Reminders on this computer are on.</source>
        <translation>这台电脑上的提醒已开启。</translation>
    </message>
    <message>
        <source>Started at login by: {entry}</source>
        <translation>登录时由此启动：{entry}</translation>
    </message>
    <message>
        <source>Reminders on this computer are off: Ringoff reminds you only while it is open. Turn them on with: ringoff reminders on</source>
        <translation>这台电脑上的提醒已关闭：号码解绑助手只在打开时提醒您。开启方法：ringoff reminders on</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>下一次提醒：{when}</translation>
    </message>
    <message>
        <source>No reminder is planned.</source>
        <translation>目前没有安排提醒。</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Give a file name ending in .pdf.</source>
        <translation>“{path}”是一个文件夹。请给一个以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>文件夹“{folder}”不存在。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 天前</translation>
    </message>
    <message>
        <source>{relative} — {date}</source>
        <translation>{relative} — {date}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>year-month-day, e.g. {example}</source>
        <translation>年-月-日，例如 {example}</translation>
    </message>
    <message>
        <source>Alt+Down or F4 opens a calendar</source>
        <translation>按 Alt+下箭头 或 F4 打开日历</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>在日历上选日期</translation>
    </message>
    <message>
        <source>About the date</source>
        <translation>关于这个日期</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find the accounts that use this number</source>
        <translation>找出用这个号码的账号</translation>
    </message>
    <message>
        <source>Done: back to this number&apos;s list</source>
        <translation>完成：回到这个号码的列表</translation>
    </message>
    <message>
        <source>Find the accounts that use {number}</source>
        <translation>找出用 {number} 的账号</translation>
    </message>
    <message>
        <source>Four ways to find them; use one or all. Nothing is added until you press “Add the ticked ones”.</source>
        <translation>有四种方法可以找，用一种或全部都用都可以。在您点“添加勾选的项目”之前，什么都不会添加。</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>刚才做了什么</translation>
    </message>
    <message>
        <source>Ways to find accounts</source>
        <translation>找账号的方法</translation>
    </message>
    <message>
        <source>1. Which do you use?</source>
        <translation>1. 您用了哪些？</translation>
    </message>
    <message>
        <source>2. From a file</source>
        <translation>2. 从文件里找</translation>
    </message>
    <message>
        <source>3. Text messages</source>
        <translation>3. 短信</translation>
    </message>
    <message>
        <source>4. Official check</source>
        <translation>4. 官方查询</translation>
    </message>
    <message>
        <source>Ticked, not yet added</source>
        <translation>已勾选，还没添加</translation>
    </message>
    <message>
        <source>You ticked {n} but have not added them to the list yet.</source>
        <translation>您勾选了 {n} 项，但还没有把它们添加到列表里。</translation>
    </message>
    <message>
        <source>Add them now</source>
        <translation>现在添加</translation>
    </message>
    <message>
        <source>Go on without adding</source>
        <translation>不添加，继续</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>留在这里</translation>
    </message>
    <message>
        <source>Those are already in the list; nothing was added.</source>
        <translation>这些已经在列表里了，没有添加新的。</translation>
    </message>
    <message>
        <source>Added {n} to the list. This number now has {total} accounts.</source>
        <translation>已在列表中添加 {n} 个。这个号码现在共有 {total} 个账号。</translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>Ringoff Emergency Kit</source>
        <translation>Ringoff 应急备忘单</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, with your important papers. Whoever has it can open your Ringoff vault: do not photograph it or send it to anyone.</source>
        <translation>请把这页纸和重要证件放在一起，妥善保管。拿到它的人就能打开您在 Ringoff 里的资料：请不要拍照，也不要发给任何人。</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>Where your vault is</source>
        <translation>您的资料存放在哪里</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>资料文件：</translation>
    </message>
    <message>
        <source>Key file (beside it):</source>
        <translation>钥匙文件（放在资料文件旁边）：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>如果忘记了密码</translation>
    </message>
    <message>
        <source>Open Ringoff.</source>
        <translation>打开 Ringoff。</translation>
    </message>
    <message>
        <source>On the unlock screen, choose “Use my recovery key instead”.</source>
        <translation>在解锁界面上，选择“改用我的恢复码”。</translation>
    </message>
    <message>
        <source>Type the recovery key above. Capital or small letters and spaces do not matter.</source>
        <translation>输入上面的恢复码。字母大小写和空格都没有关系。</translation>
    </message>
    <message>
        <source>Then choose a new passphrase under Settings → Security.</source>
        <translation>然后在“设置 → 安全”里设一个新密码。</translation>
    </message>
    <message>
        <source>On a new computer: copy the vault file (and its key file, if you have it) and open it with Ringoff. Without the key file, the recovery key still opens it.</source>
        <translation>在新电脑上：复制资料文件（如果有钥匙文件，也一起复制），然后用 Ringoff 打开。没有钥匙文件的话，用恢复码也能打开。</translation>
    </message>
    <message>
        <source>The Emergency Kit could not be saved to {path}: {reason}</source>
        <translation>应急备忘单没能保存到 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>EmergencyKitDialog</name>
    <message>
        <source>Emergency Kit</source>
        <translation>应急备忘单</translation>
    </message>
    <message>
        <source>Your Emergency Kit</source>
        <translation>您的应急备忘单</translation>
    </message>
    <message>
        <source>One page with your recovery key, where your vault is, and what to do if you forget your passphrase. Print it, or save it as a PDF and print it later.</source>
        <translation>一页纸，上面有您的恢复码、您的资料存放在哪里，以及忘记密码时该怎么办。请打印出来，或者先保存为 PDF，以后再打印。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the Emergency Kit</source>
        <translation>保存应急备忘单</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please type a phone number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>“{text}” does not look like a phone number.</source>
        <translation>“{text}”看起来不像手机号码。</translation>
    </message>
    <message>
        <source>“{text}” does not look like a phone number: check the digits.</source>
        <translation>“{text}”看起来不像手机号码：请检查一下数字。</translation>
    </message>
    <message>
        <source>“{path}” is a shortcut (a link) to a file that is not there. Ringoff has changed nothing. Put the file back where the shortcut points, or replace the shortcut with the file itself.</source>
        <translation>“{path}”是一个快捷方式（链接），但它指向的文件不存在。Ringoff 没有做任何更改。请把文件放回快捷方式指向的位置，或者用文件本身替换这个快捷方式。</translation>
    </message>
    <message>
        <source>“{path}” is a shortcut (a link) to “{target}”, which is not an ordinary file. Ringoff has changed nothing. Replace the shortcut with the file itself.</source>
        <translation>“{path}”是指向“{target}”的快捷方式（链接），而那不是一个普通文件。Ringoff 没有做任何更改。请用文件本身替换这个快捷方式。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>磁盘满了，什么都没能保存。请腾出一些空间，再试一次。</translation>
    </message>
    <message>
        <source>Ringoff may not write in the folder “{folder}”. Choose a folder you can change, or ask someone to give you permission.</source>
        <translation>Ringoff 没有权限在文件夹“{folder}”里写入。请选一个您可以修改的文件夹，或者请别人给您开通权限。</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits in 14 groups of 4. Please check that you typed all of it.</source>
        <translation>恢复码共有 56 个字母和数字，分成 14 组，每组 4 个。请检查一下是否全部输入了。</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake somewhere. Please compare it group by group with your Emergency Kit.</source>
        <translation>这个恢复码有地方输错了。请对照应急备忘单，一组一组地核对。</translation>
    </message>
    <message>
        <source>The key file that goes with this vault is damaged. You can still open the vault with your recovery key.</source>
        <extracomment>For tests only: tiny cost so the suite stays fast. Never used by the app or the CLI. The most a key file may ask for: about 2 s per attempt on a slow 2-core machine (measured: 8 passes over 256 MiB took 1.8 s). Anything above is refused as damaged, never derived. The least a key file may ask for: what Ringoff itself writes. The test suite lowers this in its own process (tests/conftest.py); nothing in the program or its environment can. The cost new key files are written with (the test suite lowers it in-process, likewise).</extracomment>
        <translation>与您的资料配套的钥匙文件已损坏。您仍然可以用恢复码打开您的资料。</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and that you are typing letters, not Chinese characters (switch the input method to English), and try again. If you have forgotten it, use your recovery key from the Emergency Kit.</source>
        <translation>密码不对。请确认大写锁定键（Caps Lock）没有打开，并且输入的是字母而不是汉字（把输入法切换到英文，例如按 Shift 键），然后再试一次。如果忘记了密码，请使用应急备忘单上的恢复码。</translation>
    </message>
    <message>
        <source>Ringoff is not allowed to read the key file “{path}”. Check the file&apos;s permissions, or open the vault with your recovery key.</source>
        <translation>Ringoff 没有权限读取钥匙文件“{path}”。请检查这个文件的权限，或者用恢复码打开您的资料。</translation>
    </message>
    <message>
        <source>The key file that goes with this vault is missing ({name}). You can still open the vault with your recovery key.</source>
        <translation>与您的资料配套的钥匙文件不见了（{name}）。您仍然可以用恢复码打开您的资料。</translation>
    </message>
    <message>
        <source>Something unexpected is in the place of Ringoff&apos;s lock file “{path}” (a shortcut, a folder or another file). Ringoff has not touched it and has changed nothing. Move it away, then try again.</source>
        <translation>在 Ringoff 的锁文件“{path}”的位置上有一个意料之外的东西（快捷方式、文件夹或别的文件）。Ringoff 没有动它，也没有做任何更改。请把它移走，然后再试一次。</translation>
    </message>
    <message>
        <source>This vault is already open in another Ringoff window. Use that window, or close it first.</source>
        <translation>您的资料已经在另一个 Ringoff 窗口中打开了。请使用那个窗口，或者先把它关掉。</translation>
    </message>
    <message>
        <source>A Ringoff command (“ringoff {command}”) is using your information right now. Wait until it has finished, then try again.</source>
        <translation>一个 Ringoff 命令（“ringoff {command}”）正在使用您的资料。请等它运行完，再试一次。</translation>
    </message>
    <message>
        <source>A Ringoff command is using your information right now. Wait until it has finished, then try again.</source>
        <translation>一个 Ringoff 命令正在使用您的资料。请等它运行完，再试一次。</translation>
    </message>
    <message>
        <source>Another Ringoff window or command is using your information right now. Close that window or wait for the command to finish, then try again.</source>
        <translation>另一个 Ringoff 窗口或命令正在使用您的资料。请关掉那个窗口，或等命令运行完，再试一次。</translation>
    </message>
    <message>
        <source>This transfer file is incomplete or damaged, perhaps because the copy did not finish. Nothing has been changed. Make a new transfer file on the other computer.</source>
        <translation>这个迁移文件不完整或已损坏，可能是复制没有完成。没有做任何更改。请在另一台电脑上重新生成一个迁移文件。</translation>
    </message>
    <message>
        <source>There is no file at “{path}”.</source>
        <translation>“{path}”这里没有文件。</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Choose the transfer file inside it.</source>
        <translation>“{name}”是一个文件夹。请选择里面的迁移文件。</translation>
    </message>
    <message>
        <source>“{name}” is not a Ringoff transfer file. Nothing has been changed.</source>
        <translation>“{name}”不是 Ringoff 迁移文件。没有做任何更改。</translation>
    </message>
    <message>
        <source>This transfer file has no key file, so only the recovery key can open it.</source>
        <translation>这个迁移文件没有附带钥匙文件，所以只能用恢复码打开。</translation>
    </message>
    <message>
        <source>There is already a Ringoff vault at “{path}”. Ringoff never writes over it. Nothing has been changed.</source>
        <translation>“{path}”已经有一份 Ringoff 资料了。Ringoff 绝不会覆盖它。没有做任何更改。</translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be read. Nothing has been changed. You can restore one of your backups from the Settings page.</source>
        <translation>资料文件已损坏，无法读取。没有做任何更改。您可以在“设置”页面恢复之前的备份。</translation>
    </message>
    <message>
        <source>Ringoff may not write to the vault file. It may be in a read-only folder or on a locked drive. Move it to a folder you can change and try again.</source>
        <translation>Ringoff 无法写入资料文件。它可能在只读文件夹里，或者在有写保护的磁盘上。请把它移到一个可以修改的文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>The vault is being used by another Ringoff window or program. Close the other one and try again.</source>
        <translation>您的资料正在被另一个 Ringoff 窗口或其他程序使用。请先关掉那个窗口或程序，再试一次。</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a Ringoff vault. Choose the vault file.</source>
        <translation>“{name}”是一个文件夹，不是 Ringoff 资料文件。请选择资料文件。</translation>
    </message>
    <message>
        <source>There is no Ringoff vault at “{path}”. Check the place, or create a new vault.</source>
        <translation>“{path}”这里没有 Ringoff 资料文件。请检查位置是否正确，或者新建一份资料。</translation>
    </message>
    <message>
        <source>Ringoff is not allowed to read “{path}”. Check the file&apos;s permissions.</source>
        <translation>Ringoff 没有权限读取“{path}”。请检查这个文件的权限。</translation>
    </message>
    <message>
        <source>The vault file is empty: its contents were lost, perhaps by a failed copy. Nothing has been changed. You can restore one of your backups.</source>
        <translation>资料文件是空的：里面的内容丢失了，可能是复制失败造成的。没有做任何更改。您可以恢复之前的某个备份。</translation>
    </message>
    <message>
        <source>“{name}” is an ordinary database, not an encrypted Ringoff vault.</source>
        <translation>“{name}”是普通数据库，不是加密的 Ringoff 资料文件。</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. It may belong to a different vault, or be an older key of this one: check the date on your Emergency Kit.</source>
        <extracomment>What a well-typed recovery key that is not this vault&apos;s key in force gets.</extracomment>
        <translation>这个恢复码打不开这份资料。它可能属于另一份资料，或者是这份资料以前用过的旧恢复码：请看一下应急包上的日期。</translation>
    </message>
    <message>
        <source>Ringoff may not change the vault file “{path}”. It may be read-only or on a locked drive. Copy it to a folder you can change, then open the copy.</source>
        <translation>Ringoff 无法修改资料文件“{path}”。它可能是只读的，或者在有写保护的磁盘上。请把它复制到一个可以修改的文件夹，然后打开复制出来的那一份。</translation>
    </message>
    <message>
        <source>Ringoff may not write in the folder “{folder}”. Move the vault to a folder you can change, then open it there.</source>
        <translation>Ringoff 无法在文件夹“{folder}”中保存内容。请把资料文件移到一个可以修改的文件夹，然后在那里打开。</translation>
    </message>
    <message>
        <source>This key does not open the vault, or the vault file is damaged. Nothing has been changed.</source>
        <translation>用这个恢复码或钥匙文件打不开您的资料，或者资料文件已损坏。没有做任何更改。</translation>
    </message>
    <message>
        <source>This file is not a Ringoff vault.</source>
        <translation>这个文件不是 Ringoff 资料文件。</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Ringoff. Please install the newest Ringoff to open it. Nothing has been changed.</source>
        <translation>这份资料是用更新版本的 Ringoff 保存的。请安装最新版 Ringoff 后再打开。没有做任何更改。</translation>
    </message>
    <message>
        <source>This vault needs to be upgraded first.</source>
        <translation>这份资料需要先升级。</translation>
    </message>
    <message>
        <source>There is already a file at “{path}”. Nothing has been changed.</source>
        <translation>“{path}”已经有一个文件了。没有做任何更改。</translation>
    </message>
    <message>
        <source>Ringoff may not write in the folder “{folder}”. Choose a folder you can change.</source>
        <translation>Ringoff 无法在文件夹“{folder}”中保存内容。请选择一个可以修改的文件夹。</translation>
    </message>
    <message>
        <source>The vault file was changed by another computer or program while Ringoff had it open (this happens with shared folders such as OneDrive, iCloud Drive or Dropbox). To keep both versions safe, Ringoff did not save this change. Close Ringoff on the other computer, then lock and unlock here.</source>
        <extracomment>Plain notes for the person about repairs made while opening (shown once). Backup folders besides the default one (the person&apos;s choice in the settings).</extracomment>
        <translation>Ringoff 打开资料文件期间，这个文件被另一台电脑或另一个程序改动了（使用 OneDrive、iCloud 云盘或 Dropbox 等共享文件夹时会出现这种情况）。为了两边的内容都不丢失，Ringoff 没有保存这次修改。请先关闭另一台电脑上的 Ringoff，然后在这里先锁定，再解锁。</translation>
    </message>
    <message>
        <source>This number is already in Ringoff.</source>
        <translation>这个号码已经在 Ringoff 里了。</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault, not to the one it would replace. It holds {people} people, {numbers} numbers and {accounts} accounts. Nothing has been changed.</source>
        <translation>这份备份属于另一份资料，不是它要替换的这一份。它里面有 {people} 个人、{numbers} 个号码和 {accounts} 个账号。什么都没有改动。</translation>
    </message>
    <message>
        <source>Ringoff</source>
        <translation>Ringoff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Ringoff closed unexpectedly</source>
        <translation>号码解绑助手上次意外关闭了</translation>
    </message>
    <message>
        <source>Ringoff closed unexpectedly the last time it was open (started {when}).</source>
        <translation>号码解绑助手上次打开时意外关闭了（打开于 {when}）。</translation>
    </message>
    <message>
        <source>Ringoff closed unexpectedly the last time it was open.</source>
        <translation>号码解绑助手上次打开时意外关闭了。</translation>
    </message>
    <message>
        <source>Nothing was lost: every change you made was saved the moment you made it. You can carry on where you left off.</source>
        <translation>什么都没有丢失：您做的每一处修改都在当时就保存好了。您可以从上次停下的地方接着做。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copy the details of the problem</source>
        <translation>复制问题的详细信息</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Ringoff&apos;s list of apps, banks and services is missing from this installation, so it cannot suggest apps or explain their steps.</source>
        <extracomment>A short stable identifier, used by tests and by the UI to offer the right way forward.</extracomment>
        <translation>这次安装缺少号码解绑助手的应用、银行和服务清单，所以无法推荐应用，也无法说明解绑步骤。</translation>
    </message>
    <message>
        <source>Please install Ringoff again. Your own list of numbers and accounts is not affected.</source>
        <translation>请重新安装号码解绑助手。您自己记录的号码和账号不受影响。</translation>
    </message>
    <message>
        <source>Making a new recovery key was interrupted last time. Ringoff has now finished it: the new recovery key is in force and your passphrase works as before. Print a new Emergency Kit if you have not kept the new key.</source>
        <translation>上次生成新恢复码时中途被打断了。Ringoff 现在已经把它做完：新的恢复码已经生效，您的密码照旧可以用。如果您还没有保存新的恢复码，请重新打印一份应急包。</translation>
    </message>
    <message>
        <source>Making a new recovery key was interrupted last time, before the new key was in force. Nothing was lost: your passphrase and your old recovery key still work. You can make a new recovery key again on the Security page.</source>
        <translation>上次生成新恢复码时，在新恢复码生效之前被打断了。什么都没有丢失：您的密码和旧的恢复码都照样可以用。您可以在“安全”页面重新生成新的恢复码。</translation>
    </message>
    <message>
        <source>A restore was interrupted last time. Ringoff has finished it; nothing was lost.</source>
        <translation>上次的恢复中途被打断了。Ringoff 已经把它做完；什么都没有丢失。</translation>
    </message>
    <message>
        <source>A restore was interrupted last time before it replaced anything. Your information is as it was before the restore.</source>
        <translation>上次的恢复在替换任何东西之前就被打断了。您的资料和恢复之前一样。</translation>
    </message>
</context>
<context>
    <name>FileTab</name>
    <message>
        <source>From a file: saved passwords, old texts, e-mail</source>
        <extracomment>Readers still running (a page may close before its reader stops; Qt must not delete a running thread).</extracomment>
        <translation>从文件里找：保存的密码、以前的短信、电子邮件</translation>
    </message>
    <message>
        <source>Choose a file, or drag it onto this page. Ringoff reads it on this computer, finds the apps and companies that sent this number codes or sign in with it, and keeps only their names: never a password, a message or a code.</source>
        <translation>选择一个文件，或者把它拖到这个页面上。Ringoff 只在这台电脑上读取它，找出给这个号码发过验证码、或用这个号码登录的应用和公司，只记下它们的名字：绝不保存密码、短信内容或验证码。</translation>
    </message>
    <message>
        <source>What it can read (menus change between versions):
• Saved passwords: Chrome, Edge, Firefox, Safari or Apple Passwords, Bitwarden, KeePass, 1Password, LastPass, Enpass, Dashlane, Proton Pass, NordPass, Keeper — use “Export” in the program.
• Android texts: the .xml file of the “SMS Backup &amp; Restore” app.
• iPhone texts: the folder of a backup made on this computer with Finder or iTunes (not encrypted).
• E-mail: Google Takeout&apos;s .mbox, a Thunderbird folder, an Apple Mail export, or saved .eml messages.
• The reply text of 一证通查, saved as a .txt file.</source>
        <translation>能读取这些（不同版本的菜单可能不一样）：
• 保存的密码：Chrome、Edge、Firefox、Safari 或 Apple“密码”、Bitwarden、KeePass、1Password、LastPass、Enpass、Dashlane、Proton Pass、NordPass、Keeper——在程序里用“导出”。
• 安卓手机短信：“SMS Backup &amp; Restore”应用保存的 .xml 文件。
• 苹果手机短信：用访达（Finder）或 iTunes 在这台电脑上做的备份文件夹（不加密的）。
• 电子邮件：Google Takeout 的 .mbox 文件、Thunderbird 的邮件文件夹、苹果“邮件”导出的邮箱，或保存下来的 .eml 邮件。
• 一证通查的回复短信，保存成 .txt 文件。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>For an iPhone backup or a folder of e-mail</source>
        <translation>用于苹果手机备份或邮件文件夹</translation>
    </message>
    <message>
        <source>How much of the file has been read</source>
        <translation>文件已经读了多少</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Exports and archives (*.csv *.json *.xml *.zip *.1pux *.txt *.mbox *.eml *.db);;All files (*)</source>
        <translation>导出文件和存档 (*.csv *.json *.xml *.zip *.1pux *.txt *.mbox *.eml *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Reading “{name}”… Big files take a while; you can cancel.</source>
        <translation>正在读取“{name}”…… 大文件需要一些时间，您可以随时取消。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>已停止，什么都没有添加。</translation>
    </message>
    <message>
        <source>The file was read, but nothing in it points to an app or a company.</source>
        <translation>文件已经读完，但里面没有指向任何应用或公司的内容。</translation>
    </message>
</context>
<context>
    <name>FindsPreview</name>
    <message>
        <source>What the file holds</source>
        <translation>文件里有什么</translation>
    </message>
    <message>
        <source>This is {kind}. Ringoff read {items} messages and found {n} senders that look like apps or companies; {people} messages from people were left out.</source>
        <translation>这是{kind}。Ringoff 读了 {items} 条消息，找到 {n} 个像是应用或公司的发送方；来自个人的 {people} 条消息没有计入。</translation>
    </message>
    <message>
        <source>This is a password list from {program}. It has {rows} entries for {sites} different sites and apps.</source>
        <translation>这是从 {program} 导出的密码列表，共 {rows} 条，涉及 {sites} 个不同的网站和应用。</translation>
    </message>
    <message>
        <source>Ticked: the ones with something that shows they use this number. Untick any you do not want; tick others you know use this number. Nothing is added until you press the button below.</source>
        <translation>已勾选的是有迹象表明用了这个号码的。不想要的请取消勾选；您知道用了这个号码的其他项，也请勾选。在您点下面的按钮之前，什么都不会添加。</translation>
    </message>
    <message>
        <source>What was found in the file, with tick boxes</source>
        <translation>文件里找到的内容，带勾选框</translation>
    </message>
    <message>
        <source>Tied to this number ({n})</source>
        <translation>和这个号码有关（{n}）</translation>
    </message>
    <message>
        <source>Apps and sites Ringoff knows, with nothing that shows this number ({n})</source>
        <translation>Ringoff 认识的应用和网站，但看不出和这个号码有关（{n}）</translation>
    </message>
    <message>
        <source>Other sites and senders ({n})</source>
        <translation>其他网站和发送方（{n}）</translation>
    </message>
    <message>
        <source>Add the ticked ones</source>
        <translation>添加勾选的项目</translation>
    </message>
    <message>
        <source>The file “{name}” in the folder “{folder}” holds your messages in plain text. When you have finished here, delete it if you do not need it. Ringoff only read it: it never changes or deletes your file.</source>
        <translation>文件夹“{folder}”里的文件“{name}”以明文保存着您的消息。在这里用完后，如果不再需要，请删除它。Ringoff 只读取了它，从不改动或删除您的文件。</translation>
    </message>
    <message>
        <source>Important: the file “{name}” in the folder “{folder}” holds all your passwords in plain text. When you have finished here, delete it and empty the recycle bin. Ringoff only read it: it never changes or deletes your file.</source>
        <translation>重要：文件夹“{folder}”里的文件“{name}”以明文保存着您所有的密码。在这里用完后，请删除它并清空回收站。Ringoff 只读取了它，从不改动或删除您的文件。</translation>
    </message>
    <message>
        <source>{name} ({host})</source>
        <translation>{name}（{host}）</translation>
    </message>
    <message>
        <source>{name}: {evidence}</source>
        <translation>{name}：{evidence}</translation>
    </message>
    <message>
        <source>{name} — already added</source>
        <translation>{name} —— 已添加</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Ringoff helps you move your accounts off a phone number before it is cancelled, so nobody who gets the number later can use them.</source>
        <translation>在手机号码注销之前，Ringoff 帮您把各个账号从这个号码上改绑或解绑，这样以后拿到这个号码的人就用不了您的账号。</translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation>请选择语言：</translation>
    </message>
    <message>
        <source>Choose the text size:</source>
        <translation>请选择字的大小：</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Text size: {size}</source>
        <translation>字的大小：{size}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>I have a file from my other computer…</source>
        <translation>我有从另一台电脑带来的文件…</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Everything you keep in Ringoff is locked with this passphrase. A short sentence is easy to remember and hard to guess, for example “Grandma&apos;s garden has 3 apple trees”.</source>
        <translation>您在 Ringoff 里保存的所有内容都用这个密码锁定。一句简短的话既好记又难猜，例如“奶奶的菜园里有3棵苹果树”。</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>您的新密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再输入一次同样的密码</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>再输入一次(&amp;T)</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示输入的内容</translation>
    </message>
    <message>
        <source>Creating your vault, please wait</source>
        <translation>正在创建您的资料，请稍候</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>创建我的资料</translation>
    </message>
    <message>
        <source>Longer is stronger. Spaces are allowed.</source>
        <translation>越长越安全。可以包含空格。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type again.</source>
        <translation>两次输入的密码不一样。请重新输入。</translation>
    </message>
    <message>
        <source>Keep your recovery key safe</source>
        <translation>请保管好您的恢复码</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key is the only way back in. Nobody else has it, not even us. Print it or write it down, and keep it with your important papers.</source>
        <translation>如果您忘记了密码，这个恢复码是唯一能重新打开资料的办法。除了您，谁都没有它，我们也没有。请把它打印出来或抄下来，和重要证件放在一起。</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>Print or save the Emergency Kit…</source>
        <translation>打印或保存应急备忘单…</translation>
    </message>
    <message>
        <source>I have printed or written down my recovery key</source>
        <translation>我已经打印或抄下了恢复码</translation>
    </message>
    <message>
        <source>Continue to my numbers</source>
        <translation>继续，查看我的号码</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Ringoff</source>
        <extracomment>The action key of a click on the notification itself (the specification&apos;s &quot;default&quot;). The desktop file (and icon name) that packaging/linux/install.sh installs. The service&apos;s signals the notifier listens to.</extracomment>
        <translation>号码解绑助手</translation>
    </message>
    <message>
        <source>Open Ringoff</source>
        <translation>打开号码解绑助手</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>still to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cannot be done</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>{who} added {name}</source>
        <translation>{who}添加了{name}</translation>
    </message>
    <message>
        <source>{name} was added</source>
        <translation>已添加{name}</translation>
    </message>
    <message>
        <source>{who} renamed {old} to {name}</source>
        <translation>{who}把{old}改名为{name}</translation>
    </message>
    <message>
        <source>{old} was renamed {name}</source>
        <translation>{old}已改名为{name}</translation>
    </message>
    <message>
        <source>{who} removed {name}</source>
        <translation>{who}删除了{name}</translation>
    </message>
    <message>
        <source>{name} was removed</source>
        <translation>已删除{name}</translation>
    </message>
    <message>
        <source>{who} added the number {number}</source>
        <translation>{who}添加了号码 {number}</translation>
    </message>
    <message>
        <source>The number {number} was added</source>
        <translation>已添加号码 {number}</translation>
    </message>
    <message>
        <source>{who} changed the details of the number {number}</source>
        <translation>{who}修改了号码 {number} 的信息</translation>
    </message>
    <message>
        <source>The details of the number {number} were changed</source>
        <translation>号码 {number} 的信息已修改</translation>
    </message>
    <message>
        <source>{who} removed the number {number}</source>
        <translation>{who}删除了号码 {number}</translation>
    </message>
    <message>
        <source>The number {number} was removed</source>
        <translation>号码 {number} 已删除</translation>
    </message>
    <message>
        <source>{who} added {name} to the list</source>
        <translation>{who}把{name}加入了清单</translation>
    </message>
    <message>
        <source>{name} was added to the list</source>
        <translation>{name}已加入清单</translation>
    </message>
    <message>
        <source>{who} changed the details of {name}</source>
        <translation>{who}修改了{name}的信息</translation>
    </message>
    <message>
        <source>The details of {name} were changed</source>
        <translation>{name}的信息已修改</translation>
    </message>
    <message>
        <source>{who} marked {name} as {status}</source>
        <translation>{who}把{name}标记为“{status}”</translation>
    </message>
    <message>
        <source>{name} was marked as {status}</source>
        <translation>{name}已标记为“{status}”</translation>
    </message>
    <message>
        <source>{who} ticked off steps for {name}</source>
        <translation>{who}勾选了{name}的步骤</translation>
    </message>
    <message>
        <source>Steps for {name} were ticked off</source>
        <translation>{name}的步骤已勾选</translation>
    </message>
    <message>
        <source>{who} unticked a step for {name}</source>
        <translation>{who}取消勾选了{name}的一个步骤</translation>
    </message>
    <message>
        <source>A step for {name} was unticked</source>
        <translation>{name}的一个步骤被取消勾选</translation>
    </message>
    <message>
        <source>{who} took {name} off the list</source>
        <translation>{who}把{name}从清单中移除了</translation>
    </message>
    <message>
        <source>{name} was taken off the list</source>
        <translation>{name}已从清单中移除</translation>
    </message>
    <message>
        <source>{who} put {name} back on the list</source>
        <translation>{who}把{name}重新放回了清单</translation>
    </message>
    <message>
        <source>{name} was put back on the list</source>
        <translation>{name}已重新放回清单</translation>
    </message>
    <message>
        <source>{who} corrected the instructions for {name}</source>
        <translation>{who}修改了{name}的操作说明</translation>
    </message>
    <message>
        <source>The instructions for {name} were corrected</source>
        <translation>{name}的操作说明已修改</translation>
    </message>
    <message>
        <source>{who} went back to Ringoff&apos;s own instructions for {name}</source>
        <translation>{who}恢复使用 Ringoff 自带的{name}操作说明</translation>
    </message>
    <message>
        <source>Ringoff&apos;s own instructions for {name} are used again</source>
        <translation>已恢复使用 Ringoff 自带的{name}操作说明</translation>
    </message>
    <message>
        <source>{who} noted a message from {sender} meant for the number&apos;s previous owner</source>
        <translation>{who}记下了一条{sender}发给这个号码前机主的消息</translation>
    </message>
    <message>
        <source>A message from {sender} meant for the number&apos;s previous owner was noted</source>
        <translation>已记下一条{sender}发给这个号码前机主的消息</translation>
    </message>
    <message>
        <source>{who} asked {sender} to stop using this number for someone else</source>
        <translation>{who}已请{sender}不要再把这个号码当作别人的联系方式</translation>
    </message>
    <message>
        <source>{sender} was asked to stop using this number for someone else</source>
        <translation>已请{sender}不要再把这个号码当作别人的联系方式</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>{who} made a change</source>
        <translation>{who}做了一处修改</translation>
    </message>
    <message>
        <source>A change was made</source>
        <translation>做了一处修改</translation>
    </message>
    <message>
        <source>{whose} {number}</source>
        <translation>{whose} {number}</translation>
    </message>
    <message>
        <source>{what} ({whose})</source>
        <translation>{what}（{whose}）</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Everything that was added, changed or ticked off, newest first. Set “Your name” in Settings so your family can see who did what.</source>
        <translation>这里列出所有添加、修改和勾选过的内容，最新的在最前面。请在“设置”里填写“您的名字”，这样家人就能看到是谁做了什么。</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>查看以下号码的记录</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>所有号码</translation>
    </message>
    <message>
        <source>{person}: {number}</source>
        <translation>{person}：{number}</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>操作记录（最新的在前）</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>这里还没有任何记录。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your numbers</source>
        <extracomment>Up to this many numbers, home is built at once (from one query); beyond it, the people whose FIRST_SCREEN_CARDS cards fill a first screen (about three fit at 1366 × 768) are, and the rest follow, CARDS_PER_TURN at a time. The cards below the first screen start after the first paint, or after this at the latest.</extracomment>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Start by adding the phone number that will be cancelled or changed. Ringoff then helps you find every app and bank that uses it.</source>
        <translation>请先添加将要注销或更换的手机号码。Ringoff 会帮您找出所有使用这个号码的应用和银行。</translation>
    </message>
    <message>
        <source>{name} — {done} of {total} done</source>
        <translation>{name} — {total} 项中已完成 {done} 项</translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation>添加号码…</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>家人…</translation>
    </message>
    <message>
        <source>Add, rename or remove people</source>
        <translation>添加、改名或删除家人</translation>
    </message>
    <message>
        <source>I&apos;m getting texts meant for someone else…</source>
        <translation>我总收到发给别人的短信…</translation>
    </message>
    <message>
        <source>I&apos;m getting texts or calls meant for the number&apos;s previous owner</source>
        <translation>我总收到发给这个号码以前主人的短信或电话</translation>
    </message>
    <message>
        <source>Time to check on your requests</source>
        <translation>该问问您的请求办得怎么样了</translation>
    </message>
    <message>
        <source>You asked {sender} to stop the messages meant for someone else. Have they stopped?</source>
        <translation>您请{sender}不要再把发给别人的信息发到这个号码。现在停了吗？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the number that receives them</source>
        <translation>打开收到这些信息的号码</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Chrome, Edge or Brave</source>
        <extracomment>Every format id and its label. ``generic`` means the header was not recognised but still has a web address and a user name column.</extracomment>
        <translation>Chrome、Edge 或 Brave</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>Safari or Apple Passwords</source>
        <translation>Safari 或 Apple“密码”</translation>
    </message>
    <message>
        <source>Bitwarden (.csv)</source>
        <translation>Bitwarden（.csv）</translation>
    </message>
    <message>
        <source>Bitwarden (.json)</source>
        <translation>Bitwarden（.json）</translation>
    </message>
    <message>
        <source>KeePassXC</source>
        <translation>KeePassXC</translation>
    </message>
    <message>
        <source>1Password</source>
        <translation>1Password</translation>
    </message>
    <message>
        <source>LastPass</source>
        <translation>LastPass</translation>
    </message>
    <message>
        <source>KeePass (CSV, 1.x layout)</source>
        <translation>KeePass（CSV，1.x 格式）</translation>
    </message>
    <message>
        <source>KeePass (XML)</source>
        <translation>KeePass（XML）</translation>
    </message>
    <message>
        <source>Enpass (.json)</source>
        <translation>Enpass（.json）</translation>
    </message>
    <message>
        <source>Dashlane</source>
        <translation>Dashlane</translation>
    </message>
    <message>
        <source>Proton Pass</source>
        <translation>Proton Pass</translation>
    </message>
    <message>
        <source>NordPass</source>
        <translation>NordPass</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>1Password (.1pux)</source>
        <translation>1Password（.1pux）</translation>
    </message>
    <message>
        <source>A table of web addresses and user names (the program that made it is unknown)</source>
        <translation>一份包含网址和用户名的表格（不知道是哪个程序生成的）</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>这个文件是空的。</translation>
    </message>
    <message>
        <source>Export your passwords again and choose the new file.</source>
        <translation>请重新导出密码，然后选择新的文件。</translation>
    </message>
    <message>
        <source>This file is not a text file, so it cannot be a password export.</source>
        <translation>这个文件不是文本文件，所以不可能是导出的密码。</translation>
    </message>
    <message>
        <source>Choose the .csv or .json file that your password manager saved.</source>
        <translation>请选择密码管理器保存的 .csv 或 .json 文件。</translation>
    </message>
    <message>
        <source>This file is larger than {mb} MB, more than any password export.</source>
        <translation>这个文件超过 {mb} MB，比任何导出的密码文件都大。</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>请检查是否选对了文件。</translation>
    </message>
    <message>
        <source>This file lists more than {n} different sites, more than Ringoff can show.</source>
        <translation>这个文件列出了超过 {n} 个不同的网站，Ringoff 显示不了这么多。</translation>
    </message>
    <message>
        <source>This compressed file holds no export Ringoff knows (Dashlane, Proton Pass, Safari, 1Password .1pux).</source>
        <translation>这个压缩文件里没有 Ringoff 认识的导出文件（Dashlane、Proton Pass、Safari、1Password .1pux）。</translation>
    </message>
    <message>
        <source>This compressed file is damaged, or unpacks to far more than any export could be.</source>
        <translation>这个压缩文件已损坏，或者解压后远远大于任何导出文件应有的大小。</translation>
    </message>
    <message>
        <source>This export is locked with a password (encrypted).</source>
        <translation>这个导出文件设了密码（已加密）。</translation>
    </message>
    <message>
        <source>Export again and choose the format without a password (CSV or JSON).</source>
        <translation>请重新导出，并选择不加密码的格式（CSV 或 JSON）。</translation>
    </message>
    <message>
        <source>This .json file is not an export Ringoff knows (Bitwarden, Enpass, Proton Pass, 1Password).</source>
        <translation>这个 .json 文件不是 Ringoff 认识的导出文件（Bitwarden、Enpass、Proton Pass、1Password）。</translation>
    </message>
    <message>
        <source>Export your passwords again, as CSV if you can.</source>
        <translation>请重新导出密码，尽量选 CSV 格式。</translation>
    </message>
    <message>
        <source>This XML file is not a KeePass export.</source>
        <translation>这个 XML 文件不是 KeePass 的导出文件。</translation>
    </message>
    <message>
        <source>In KeePass choose File › Export › KeePass XML (2.x), or export as CSV.</source>
        <translation>在 KeePass 里选择“文件 › 导出 › KeePass XML (2.x)”，或者导出为 CSV。</translation>
    </message>
    <message>
        <source>This file does not look like a password export: we could not find a web address or user name column.</source>
        <translation>这个文件看起来不像导出的密码：我们找不到网址或用户名这一列。</translation>
    </message>
    <message>
        <source>Export your passwords again from the browser or password manager and choose the CSV format.</source>
        <translation>请从浏览器或密码管理器重新导出密码，并选择 CSV 格式。</translation>
    </message>
    <message>
        <source>Line {line} could not be read: a quote was opened and never closed.</source>
        <translation>第 {line} 行无法读取：有一个引号只有开头，没有结尾。</translation>
    </message>
    <message>
        <source>The file may have been cut short or edited. Export your passwords again.</source>
        <translation>这个文件可能不完整，或者被改动过。请重新导出密码。</translation>
    </message>
    <message>
        <source>Line {line} could not be read: its quotes are not where they should be.</source>
        <translation>第 {line} 行无法读取：引号的位置不对。</translation>
    </message>
    <message>
        <source>Line {line} could not be read: one of its cells is far too long.</source>
        <translation>第 {line} 行无法读取：其中一个单元格的内容太长了。</translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted; export again and choose the unencrypted .json or .csv format.</source>
        <translation>这个 Bitwarden 导出文件是加密的。请重新导出，并选择不加密的 .json 或 .csv 格式。</translation>
    </message>
    <message>
        <source>This .json file is damaged or cut short (the problem is near line {line}).</source>
        <translation>这个 .json 文件已损坏或不完整（问题出在第 {line} 行附近）。</translation>
    </message>
    <message>
        <source>There is no file at “{path}”. Check its name and folder.</source>
        <translation>“{path}”这里没有文件。请检查文件名和所在的文件夹。</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Choose the file your passwords were saved to.</source>
        <translation>“{name}”是一个文件夹。请选择保存密码的那个文件。</translation>
    </message>
    <message>
        <source>Ringoff is not allowed to read “{path}”. Check the file&apos;s permissions.</source>
        <translation>Ringoff 没有权限读取“{path}”。请检查这个文件的权限。</translation>
    </message>
    <message>
        <source>The file “{path}” could not be read ({reason}).</source>
        <translation>无法读取文件“{path}”（{reason}）。</translation>
    </message>
    <message>
        <source>text messages saved by “SMS Backup &amp; Restore”</source>
        <extracomment>Verdicts remembered per (sender, text shape) hash. Distinct senders kept at most (an archive with more is spam or not a phone&apos;s archive). A single message header or attribute longer than this is refused (a damaged or hostile file).</extracomment>
        <translation>用“SMS Backup &amp; Restore”保存的短信</translation>
    </message>
    <message>
        <source>a table of text messages</source>
        <translation>一份短信表格</translation>
    </message>
    <message>
        <source>text messages copied as plain text</source>
        <translation>复制下来的纯文本短信</translation>
    </message>
    <message>
        <source>the messages of an iPhone backup</source>
        <translation>苹果手机备份里的短信</translation>
    </message>
    <message>
        <source>the messages file of an iPhone (sms.db)</source>
        <translation>苹果手机的短信文件（sms.db）</translation>
    </message>
    <message>
        <source>a mailbox file (mbox)</source>
        <translation>一个邮箱文件（mbox）</translation>
    </message>
    <message>
        <source>saved e-mails (.eml)</source>
        <translation>保存下来的邮件（.eml）</translation>
    </message>
    <message>
        <source>the reply of the official look-up 一证通查</source>
        <translation>官方查询“一证通查”的回复</translation>
    </message>
    <message>
        <source>This file has messages from far too many different senders to be read.</source>
        <translation>这个文件里的发送方太多了，无法读取。</translation>
    </message>
    <message>
        <source>Choose the messages of one phone, or a smaller mailbox.</source>
        <translation>请选择一部手机的短信，或者小一些的邮箱。</translation>
    </message>
    <message>
        <source>This file is cut short: its end is missing, so it cannot be read.</source>
        <translation>这个文件不完整：缺了结尾，所以无法读取。</translation>
    </message>
    <message>
        <source>Make the backup again on the phone and copy the whole file; nothing was added.</source>
        <translation>请在手机上重新备份，并复制完整的文件；什么都没有添加。</translation>
    </message>
    <message>
        <source>This file is damaged near line {line}.</source>
        <translation>这个文件在第 {line} 行附近已损坏。</translation>
    </message>
    <message>
        <source>Make the backup again on the phone and choose the new file.</source>
        <translation>请在手机上重新备份，然后选择新的文件。</translation>
    </message>
    <message>
        <source>This XML file is not a backup of text messages.</source>
        <translation>这个 XML 文件不是短信备份。</translation>
    </message>
    <message>
        <source>In “SMS Backup &amp; Restore” on the phone, make a backup of messages and choose the file whose name starts with “sms-”.</source>
        <translation>请在手机上的“SMS Backup &amp; Restore”里备份短信，然后选择文件名以“sms-”开头的文件。</translation>
    </message>
    <message>
        <source>This table has no sender and message columns.</source>
        <translation>这份表格里没有发送方和短信内容这两列。</translation>
    </message>
    <message>
        <source>This database is not an iPhone&apos;s messages file (sms.db).</source>
        <translation>这个数据库不是苹果手机的短信文件（sms.db）。</translation>
    </message>
    <message>
        <source>Choose the whole iPhone backup folder; Ringoff finds the messages in it.</source>
        <translation>请选择整个苹果手机备份文件夹，Ringoff 会在里面找到短信。</translation>
    </message>
    <message>
        <source>This file is not a mailbox: it does not start like one.</source>
        <translation>这个文件不是邮箱文件：它的开头不像邮箱。</translation>
    </message>
    <message>
        <source>Choose the .mbox file of Google Takeout, a Thunderbird folder file, or an Apple Mail export.</source>
        <translation>请选择 Google Takeout 的 .mbox 文件、Thunderbird 的邮件文件夹文件，或苹果“邮件”导出的邮箱。</translation>
    </message>
    <message>
        <source>One message in this file has a header far too long to be an e-mail.</source>
        <translation>这个文件里有一封邮件的信头太长，不可能是正常的邮件。</translation>
    </message>
    <message>
        <source>The file is damaged or is not a mailbox; nothing was added.</source>
        <translation>这个文件已损坏或不是邮箱文件；什么都没有添加。</translation>
    </message>
    <message>
        <source>the official check (一证通查) lists it for this number</source>
        <extracomment>A plain-text file of copied messages is read whole; larger ones are refused. Files looked at in one folder at most.</extracomment>
        <translation>官方查询（一证通查）列出了这个号码注册的它</translation>
    </message>
    <message>
        <source>signs in with this number</source>
        <translation>用这个号码登录</translation>
    </message>
    <message>
        <source>sent one e-mail about a code or this number</source>
        <translation>发过 1 封关于验证码或这个号码的邮件</translation>
    </message>
    <message>
        <source>sent {n} e-mails about codes or this number</source>
        <translation>发过 {n} 封关于验证码或这个号码的邮件</translation>
    </message>
    <message>
        <source>{what}, last in {when}</source>
        <translation>{what}，最近一次在 {when}</translation>
    </message>
    <message>
        <source>texted this number once, in {when}</source>
        <translation>给这个号码发过 1 条短信，在 {when}</translation>
    </message>
    <message>
        <source>texted this number once</source>
        <translation>给这个号码发过 1 条短信</translation>
    </message>
    <message>
        <source>texted this number {n} times, last in {when}</source>
        <translation>给这个号码发过 {n} 条短信，最近一次在 {when}</translation>
    </message>
    <message>
        <source>texted this number {n} times</source>
        <translation>给这个号码发过 {n} 条短信</translation>
    </message>
    <message>
        <source>This iPhone backup is locked with a password (encrypted), so its messages cannot be read.</source>
        <translation>这个苹果手机备份设了密码（已加密），所以读不了里面的短信。</translation>
    </message>
    <message>
        <source>Connect the iPhone, open Finder (on Windows: iTunes or Apple Devices), select the iPhone, untick “Encrypt local backup” (it asks for the backup password), press “Back Up Now”, then choose the new backup folder here. You can tick it again afterwards.</source>
        <translation>请连接苹果手机，打开访达（Windows 上打开 iTunes 或“Apple 设备”），选中这部手机，取消勾选“加密本地备份”（需要输入备份密码），点“立即备份”，然后在这里选择新的备份文件夹。之后您可以再把加密勾选回去。</translation>
    </message>
    <message>
        <source>This iPhone backup holds no messages file.</source>
        <translation>这个苹果手机备份里没有短信文件。</translation>
    </message>
    <message>
        <source>Make a new backup of the whole iPhone on this computer (not to iCloud) and choose its folder.</source>
        <translation>请在这台电脑上（不是 iCloud）给整部手机做一次新的备份，然后选择它的文件夹。</translation>
    </message>
    <message>
        <source>This folder holds nothing Ringoff can read: no iPhone backup, mailbox, e-mails or message backups.</source>
        <translation>这个文件夹里没有 Ringoff 能读的东西：没有苹果手机备份、邮箱、邮件或短信备份。</translation>
    </message>
    <message>
        <source>Choose the file itself, or the folder of an iPhone backup or of e-mails.</source>
        <translation>请选择文件本身，或者苹果手机备份、邮件所在的文件夹。</translation>
    </message>
    <message>
        <source>Ringoff does not know this kind of file: it is not a password export, a backup of text messages or a mailbox.</source>
        <translation>Ringoff 不认识这种文件：它不是导出的密码、短信备份或邮箱文件。</translation>
    </message>
    <message>
        <source>Choose a password export (.csv, .json, .xml, .zip, .1pux), an “SMS Backup &amp; Restore” file, an iPhone backup folder or a mailbox (.mbox).</source>
        <translation>请选择导出的密码文件（.csv、.json、.xml、.zip、.1pux）、“SMS Backup &amp; Restore”的文件、苹果手机备份文件夹或邮箱文件（.mbox）。</translation>
    </message>
    <message>
        <source>This text file is too large to be copied messages.</source>
        <translation>这个文本文件太大了，不可能是复制下来的短信。</translation>
    </message>
</context>
<context>
    <name>ImportTransferDialog</name>
    <message>
        <source>Bring your information from another computer</source>
        <translation>从另一台电脑转移您的资料</translation>
    </message>
    <message>
        <source>On the other computer, choose Settings → Backups → “Move to another computer” and copy the file it makes to this computer. Then choose it here.</source>
        <translation>在另一台电脑上，选择“设置”→“备份”→“转移到另一台电脑”，把生成的文件复制到这台电脑上，然后在这里选择它。</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>还没有选择文件。</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>已选择的文件</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Opening the file, please wait</source>
        <translation>正在打开文件，请稍候</translation>
    </message>
    <message>
        <source>Bring it here</source>
        <translation>转移到这台电脑</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the transfer file</source>
        <translation>选择迁移文件</translation>
    </message>
    <message>
        <source>Ringoff transfer files (*.ringoff-transfer);;All files (*)</source>
        <translation>Ringoff 迁移文件 (*.ringoff-transfer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>Please choose the transfer file first.</source>
        <translation>请先选择迁移文件。</translation>
    </message>
    <message>
        <source>Please type your passphrase or your recovery key.</source>
        <translation>请输入您的密码或恢复码。</translation>
    </message>
    <message>
        <source>Your information from the other computer is here. Unlock it with the same passphrase as there.</source>
        <translation>您在另一台电脑上的资料已经转移过来了。请用和那台电脑上相同的密码解锁。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard keys</source>
        <translation>键盘按键</translation>
    </message>
    <message>
        <source>Everything in Ringoff works with the keyboard alone.</source>
        <translation>Ringoff 里的所有操作都可以只用键盘完成。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>做什么</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>按键和它们的作用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>A bank or a card</source>
        <translation>银行或银行卡</translation>
    </message>
    <message>
        <source>Shares, savings, loans or insurance</source>
        <translation>证券、理财、贷款或保险</translation>
    </message>
    <message>
        <source>A payment app</source>
        <translation>支付应用</translation>
    </message>
    <message>
        <source>Tax, social insurance or another office</source>
        <translation>税务、社保或其他政务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>A phone company</source>
        <translation>电信运营商</translation>
    </message>
    <message>
        <source>Shopping or delivery</source>
        <translation>购物或外卖</translation>
    </message>
    <message>
        <source>Chat or social network</source>
        <translation>聊天或社交</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Ringoff finished what was interrupted</source>
        <translation>Ringoff 已处理好上次被打断的操作</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ringoff</source>
        <extracomment>route name -&gt; &quot;module:factory&quot;; a factory takes (ctx, window, *route args) -&gt; QWidget.</extracomment>
        <translation>Ringoff</translation>
    </message>
    <message>
        <source>Ringoff main window</source>
        <translation>Ringoff 主窗口</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>主要操作</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>键盘按键</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Go to the next control</source>
        <translation>移到下一个按钮或输入框</translation>
    </message>
    <message>
        <source>Go to the previous control</source>
        <translation>移到上一个按钮或输入框</translation>
    </message>
    <message>
        <source>Press the focused button, tick or untick</source>
        <translation>按下当前选中的按钮，或勾选、取消勾选</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Do the main thing of this screen</source>
        <translation>执行这个页面上最主要的操作</translation>
    </message>
    <message>
        <source>Close a small window without changing anything</source>
        <translation>关闭小窗口，不做任何更改</translation>
    </message>
    <message>
        <source>Jump to a field or button with an underlined letter</source>
        <translation>跳到带下划线字母的输入框或按钮（与字母键一起按）</translation>
    </message>
    <message>
        <source>What you were typing</source>
        <translation>您刚才输入的内容</translation>
    </message>
    <message>
        <source>When Ringoff locked, you were typing in “{title}”. What you typed was kept: open “{title}” again and it will be filled in.</source>
        <translation>Ringoff 锁定时，您正在“{title}”里输入内容。输入的内容已经保留：再次打开“{title}”，内容会自动填回去。</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>不要了</translation>
    </message>
</context>
<context>
    <name>NativeNotifier</name>
    <message>
        <source>Ringoff</source>
        <extracomment>How often the library&apos;s loop is allowed to run while notifications are on screen. Stop pumping after this long without a click (notifications are still in the centre, but a click then simply opens Ringoff through the platform, which starts the app).</extracomment>
        <translation>号码解绑助手</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>生成新的恢复码</translation>
    </message>
    <message>
        <source>Do this if someone may know your passphrase or has seen your recovery key, or if your Emergency Kit was lost. Ringoff makes a new recovery key and locks your information and all its backups with it. After this, the recovery key on your old Emergency Kit opens nothing. Change your passphrase too if someone may know it.</source>
        <translation>如果有人可能知道您的密码、看到过您的恢复码，或者您的应急包丢了，请这样做。Ringoff 会生成一个新的恢复码，并用它重新锁好您的资料和所有备份。之后，旧应急包上的恢复码什么都打不开了。如果有人可能知道您的密码，也请把密码改掉。</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase to continue</source>
        <translation>请输入密码以继续(&amp;P)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Checking, please wait</source>
        <translation>正在核对，请稍候</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>您的新恢复码</translation>
    </message>
    <message>
        <source>Write it down or print the Emergency Kit now, and keep it with your important papers. It is shown only this once.</source>
        <translation>请现在就把它抄下来，或者打印应急备忘单，和重要证件放在一起。它只会显示这一次。</translation>
    </message>
    <message>
        <source>Print or save the Emergency Kit…</source>
        <translation>打印或保存应急备忘单…</translation>
    </message>
    <message>
        <source>I have kept the new recovery key somewhere safe</source>
        <translation>我已经把新的恢复码放在安全的地方了</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>请输入您的密码。</translation>
    </message>
</context>
<context>
    <name>NumberCard</name>
    <message>
        <source>Safe to cancel</source>
        <translation>可以放心注销</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>还没有账号</translation>
    </message>
    <message>
        <source>Urgent: the date is close</source>
        <translation>紧急：日期快到了</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>进度落后了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>还没开始</translation>
    </message>
    <message>
        <source>Messages for someone else: {count}</source>
        <translation>发给别人的短信：{count} 条</translation>
    </message>
    <message>
        <source>Number {number}, {state}</source>
        <translation>号码 {number}，{state}</translation>
    </message>
    <message>
        <source>Phone number (partly hidden)</source>
        <translation>手机号码（部分隐藏）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the whole number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <source>A number you received: messages for its previous owner</source>
        <translation>接手的号码：收到发给前机主的短信</translation>
    </message>
    <message>
        <source>Cancellation date not decided yet</source>
        <translation>注销日期还没定</translation>
    </message>
    <message>
        <source>To be cancelled {when}</source>
        <translation>将于{when}注销</translation>
    </message>
    <message>
        <source>Cancelled {when}</source>
        <translation>已于{when}注销</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Find the accounts that use it</source>
        <translation>查找使用这个号码的账号</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>继续处理{name}</translation>
    </message>
    <message>
        <source>See what was done</source>
        <translation>查看已完成的事项</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>All accounts of this number</source>
        <translation>这个号码的全部账号</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation>隐藏号码</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>Edit the number</source>
        <translation>修改号码</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <source>I will give up or change this number</source>
        <translation>我要注销或更换这个号码</translation>
    </message>
    <message>
        <source>I&apos;m getting texts meant for someone else (the number was theirs before)</source>
        <translation>我总收到发给别人的短信（这个号码以前是对方的）</translation>
    </message>
    <message>
        <source>Whose number it is</source>
        <translation>这是谁的号码</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>&amp;Whose number is it?</source>
        <translation>这是谁的号码？(&amp;W)</translation>
    </message>
    <message>
        <source>Type a new name to add a person, e.g. “Dad”.</source>
        <translation>输入一个新名字就能添加家人，例如“爸爸”。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>手机号码(&amp;P)</translation>
    </message>
    <message>
        <source>Country of the phone company</source>
        <translation>运营商所在的国家或地区</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>&amp;Country of the phone company</source>
        <translation>运营商所在的国家或地区(&amp;C)</translation>
    </message>
    <message>
        <source>When will it be cancelled?</source>
        <translation>什么时候注销？</translation>
    </message>
    <message>
        <source>&amp;Not decided yet</source>
        <translation>还没定(&amp;N)</translation>
    </message>
    <message>
        <source>On this &amp;date:</source>
        <translation>在这一天(&amp;D)：</translation>
    </message>
    <message>
        <source>What takes the old number&apos;s place?</source>
        <translation>用什么代替旧号码？</translation>
    </message>
    <message>
        <source>&amp;My new number</source>
        <translation>我的新号码(&amp;M)</translation>
    </message>
    <message>
        <source>A &amp;family member&apos;s number</source>
        <translation>家人的号码(&amp;F)</translation>
    </message>
    <message>
        <source>Only my &amp;email or app sign-in, no phone number</source>
        <translation>只用邮箱或应用登录，不绑手机号(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;othing: take it off every account (or close them)</source>
        <translation>什么都不用：从每个账号解绑（或注销账号）(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. Mum&apos;s mobile</source>
        <translation>例如：女儿的手机</translation>
    </message>
    <message>
        <source>The family member&apos;s number</source>
        <translation>家人的号码</translation>
    </message>
    <message>
        <source>Accounts change to the number you choose. Without one, Ringoff suggests taking the number off each account, and says which ones need a number.</source>
        <translation>各个账号会改绑到您选的号码。如果没有号码，号码解绑助手会建议从每个账号解绑，并告诉您哪些账号必须有手机号。</translation>
    </message>
    <message>
        <source>Ringoff then helps you note who keeps texting and ask them to stop. Nothing here is cancelled, so there is no date to choose.</source>
        <translation>Ringoff 会帮您记下是谁一直发来短信，并请他们不要再发。这里不注销任何号码，所以不用选日期。</translation>
    </message>
    <message>
        <source>Type the cancellation date, or choose “Not decided yet”.</source>
        <translation>请填写注销日期，或者选“还没定”。</translation>
    </message>
    <message>
        <source>Cancellation date</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新号码</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>You can change all of this later.</source>
        <translation>这些内容以后都可以修改。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如：{example}</translation>
    </message>
    <message>
        <source>Type the new number, or choose what else takes its place.</source>
        <translation>请填写新号码，或者选择用别的方式代替。</translation>
    </message>
    <message>
        <source>Type whose number it is and the number, e.g. “Mum&apos;s mobile”.</source>
        <translation>请写上是谁的号码以及号码本身，例如“女儿的手机”。</translation>
    </message>
    <message>
        <source>The new number is the same as the old one.</source>
        <translation>新号码和旧号码是同一个。</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>This number is no longer in Ringoff</source>
        <extracomment>From this many accounts, the list is filled right after the page&apos;s first paint (it is below the first screen); up to it, at once. The fallback covers a page that is not painted.</extracomment>
        <translation>这个号码已经不在 Ringoff 里了</translation>
    </message>
    <message>
        <source>Back to your numbers</source>
        <translation>返回我的号码</translation>
    </message>
    <message>
        <source>Phone number (partly hidden)</source>
        <translation>手机号码（部分隐藏）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the whole number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>复制号码</translation>
    </message>
    <message>
        <source>Edit the number…</source>
        <translation>修改号码…</translation>
    </message>
    <message>
        <source>Remove this number…</source>
        <translation>删除这个号码…</translation>
    </message>
    <message>
        <source>Find more accounts…</source>
        <translation>查找更多账号…</translation>
    </message>
    <message>
        <source>Print a checklist…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <source>Add to my phone&apos;s calendar…</source>
        <translation>添加到手机日历…</translation>
    </message>
    <message>
        <source>Messages for the previous owner…</source>
        <translation>发给前机主的信息…</translation>
    </message>
    <message>
        <source>Accounts linked to this number</source>
        <translation>绑定这个号码的账号</translation>
    </message>
    <message>
        <source>Search the accounts</source>
        <translation>搜索账号</translation>
    </message>
    <message>
        <source>Type a name, e.g. PayPal</source>
        <translation>输入名称、拼音或首字母，例如 zfb</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>撤销刚才的删除</translation>
    </message>
    <message>
        <source>Add from the list…</source>
        <translation>从列表中添加…</translation>
    </message>
    <message>
        <source>Add by name…</source>
        <translation>按名称添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the chosen account</source>
        <translation>编辑选中的账号</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the chosen account</source>
        <translation>从列表中删除选中的账号</translation>
    </message>
    <message>
        <source>e.g. The bank branch on Main Street needs the ID card</source>
        <translation>例如：中山路的银行网点需要带身份证</translation>
    </message>
    <message>
        <source>&amp;Notes about this number</source>
        <translation>关于这个号码的备注(&amp;N)</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>输入时会自动保存。</translation>
    </message>
    <message>
        <source>Phone company in: {country}</source>
        <translation>运营商所在地：{country}</translation>
    </message>
    <message>
        <source>Phone company: {carrier}</source>
        <translation>运营商：{carrier}</translation>
    </message>
    <message>
        <source>Moving to {whose}&apos;s number: {number}</source>
        <translation>改绑到{whose}的号码：{number}</translation>
    </message>
    <message>
        <source>Moving to: {number}</source>
        <translation>改绑到：{number}</translation>
    </message>
    <message>
        <source>No new number: accounts keep an email or app sign-in, and the old number is removed from each.</source>
        <translation>没有新号码：各账号保留邮箱或应用登录，旧号码从每个账号解绑。</translation>
    </message>
    <message>
        <source>No new number: the old one will be removed from each account (or the account closed where it needs a number).</source>
        <translation>没有新号码：旧号码会从每个账号解绑（必须有手机号的账号则注销）。</translation>
    </message>
    <message>
        <source>No accounts yet. Add the apps, banks and services that use this number.</source>
        <translation>还没有账号。请添加使用这个号码的应用、银行和服务。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>See the plan</source>
        <translation>查看计划</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>继续处理{name}</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>开始执行计划</translation>
    </message>
    <message>
        <source>Copied. It will be cleared from the clipboard soon.</source>
        <translation>已复制。稍后会自动从剪贴板中清除。</translation>
    </message>
    <message>
        <source>Remove this number?</source>
        <translation>删除这个号码？</translation>
    </message>
    <message>
        <source>Remove {number} and the list of its {count} accounts from Ringoff? This cannot be undone.</source>
        <translation>要从 Ringoff 中删除号码 {number} 和它的 {count} 个账号记录吗？删除后无法撤销。</translation>
    </message>
    <message>
        <source>Nothing changes in the apps themselves, only in Ringoff.</source>
        <translation>各个应用里不会有任何变化，只是从 Ringoff 中删除。</translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation>删除号码</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已删除{name}。</translation>
    </message>
</context>
<context>
    <name>NumberReminders</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminders on this computer</source>
        <translation>在这台电脑上提醒</translation>
    </message>
    <message>
        <source>A small helper starts when you log in and shows a notification on the day. It knows only the dates, nothing else.</source>
        <translation>登录电脑时会启动一个小助手，到日子时弹出通知。它只知道日期，不知道其他任何信息。</translation>
    </message>
    <message>
        <source>Yes, remind me</source>
        <translation>好的，提醒我</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message>
        <source>Also in my phone&apos;s calendar…</source>
        <translation>也放进手机日历…</translation>
    </message>
    <message>
        <source>Put the dates in your phone&apos;s calendar too</source>
        <translation>把这些日期也放进手机日历</translation>
    </message>
    <message>
        <source>Your phone can remind you too: “Add to my phone&apos;s calendar…” above puts the dates in its calendar.</source>
        <translation>手机也可以提醒您：点上面的“添加到手机日历…”，把这些日期放进手机日历。</translation>
    </message>
    <message>
        <source>Remind you on this computer before {date}, even when Ringoff is closed?</source>
        <translation>在 {date} 之前，即使号码解绑助手没有打开，也在这台电脑上提醒您吗？</translation>
    </message>
</context>
<context>
    <name>OfficialTab</name>
    <message>
        <source>The official check: 一证通查</source>
        <translation>官方查询：一证通查</translation>
    </message>
    <message>
        <source>The Ministry of Industry and Information Technology (MIIT) runs a free check, 一证通查, that tells you how many internet accounts are linked to this number. It gives only a count, not the names of the apps, and it covers only some large internet companies.</source>
        <translation>工业和信息化部（工信部）提供一项免费查询服务“一证通查”，可以告诉您这个号码关联了多少个互联网账号。它只给出数量，不显示具体是哪些应用，而且只覆盖部分大型互联网公司。</translation>
    </message>
    <message>
        <source>Where to start it: in WeChat, the official account 工信微报, 工信部反诈专班 or 中国信通院; or the 一证通查 mini-program in Alipay. You need the phone number and the last six digits of the ID card. The answer comes as a text message from 10699000 within 48 hours.</source>
        <translation>在哪里查询：在微信里找到公众号“工信微报”“工信部反诈专班”或“中国信通院”；或者在支付宝里打开“一证通查”小程序。需要提供手机号码和身份证号码的后六位。查询结果会在48小时内由10699000发短信告诉您。</translation>
    </message>
    <message>
        <source>{n}. {step}</source>
        <translation>{n}. {step}</translation>
    </message>
    <message>
        <source>Step by step:</source>
        <translation>操作步骤：</translation>
    </message>
    <message>
        <source>The count in the text from 10699000</source>
        <translation>10699000 短信里显示的数量</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>保存数量</translation>
    </message>
    <message>
        <source>The &amp;count in the text from 10699000:</source>
        <translation>10699000 短信里显示的数量(&amp;C)：</translation>
    </message>
    <message>
        <source>Comparison with your list</source>
        <translation>与您的清单对比</translation>
    </message>
    <message>
        <source>If this number was someone else&apos;s before you</source>
        <translation>如果这个号码以前是别人的</translation>
    </message>
    <message>
        <source>Phone numbers are given out again after they are cancelled. If apps still treat you as the previous owner, the phone companies can remove the previous owner&apos;s links to many apps (二次号码焕新). It removes only links made before you got the number.</source>
        <translation>手机号码注销后，会被重新分配给别人（重新放号）。如果有些应用还把您当成这个号码的前一位主人，运营商可以帮您解除前一位主人在许多应用上的绑定（二次号码焕新）。它只解除您拿到这个号码之前的绑定。</translation>
    </message>
    <message>
        <source>{carrier}: {how}</source>
        <translation>{carrier}：{how}</translation>
    </message>
    <message>
        <source>Ringoff lists {n} accounts for this number.</source>
        <translation>Ringoff 中这个号码下记录了 {n} 个账号。</translation>
    </message>
    <message>
        <source>No count saved yet.</source>
        <translation>还没有保存查询到的数量。</translation>
    </message>
    <message>
        <source>The official check counted {count} linked accounts ({when}).</source>
        <translation>官方查询显示关联了 {count} 个账号（{when}）。</translation>
    </message>
    <message>
        <source> The check found more than your list holds: some accounts are probably still missing. Look through the other tabs again.</source>
        <translation>查询到的数量比您清单里的多：可能还有一些账号没找到。请再看一看其他几个标签页。</translation>
    </message>
    <message>
        <source> Your list holds at least as many. The check covers only some companies, so keep looking for banks and other services it does not count.</source>
        <translation>您清单里的账号不比查询结果少。不过官方查询只覆盖部分公司，所以请继续查找它不统计的银行和其他服务。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Please choose a passphrase.</source>
        <extracomment>How many of zxcvbn&apos;s leaked passwords (most common first) are refused outright. Fewer guesses than this (zxcvbn&apos;s estimate) is refused for a passphrase without Chinese.</extracomment>
        <translation>请设置一个密码。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, and it is the first one a thief would try. Please choose something of your own.</source>
        <translation>这是最常见的密码之一，也是小偷最先会试的。请换一个您自己想的密码。</translation>
    </message>
    <message>
        <source>A run of the same or neighbouring keys is easy to guess. Try a few words that mean something to you.</source>
        <translation>连续相同或相邻的按键很容易被猜到。试试用几个对您有意义的词。</translation>
    </message>
    <message>
        <source>A date or a short run of digits is easy to guess. Try a few words instead.</source>
        <translation>日期或很短的一串数字很容易被猜到。试试改用几个词语。</translation>
    </message>
    <message>
        <source>Please use at least 8 characters. A short sentence you can remember is best, for example “Grandma&apos;s garden has 3 apple trees”.</source>
        <translation>请至少使用8个字符。最好是一句您能记住的短句，例如“奶奶的院子里有3棵苹果树”。</translation>
    </message>
    <message>
        <source>This is easy to guess: it is made of a common word, name or pattern. Add a few words of your own, for example “Grandma&apos;s garden has 3 apple trees”.</source>
        <translation>这个很容易被猜到：它由常见的词、名字或规律组成。请再加上几个您自己的词，例如“奶奶的院子里有3棵苹果树”。</translation>
    </message>
    <message>
        <source>It starts or ends with a space. That space is part of your passphrase: you will have to type it every time.</source>
        <translation>它的开头或结尾有一个空格。这个空格也是密码的一部分：您每次都要把它打上。</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>很安全。请一定记住它。</translation>
    </message>
    <message>
        <source>Good. A few more words would make it even stronger.</source>
        <translation>不错。再多加几个词会更安全。</translation>
    </message>
    <message>
        <source>Acceptable, but short. Longer is stronger: try adding another word or two.</source>
        <translation>可以用，但有点短。越长越安全：试着再加一两个词。</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste texts</source>
        <translation>粘贴短信</translation>
    </message>
    <message>
        <source>Copy the texts from your phone and paste them here. Ringoff keeps only who sent each one and what kind it was. The texts and any codes in them are thrown away at once.</source>
        <translation>从手机上复制短信，然后粘贴到这里。Ringoff 只记下每条短信是谁发的、属于哪一类。短信内容和里面的验证码会立刻丢弃。</translation>
    </message>
    <message>
        <source>Pasted texts</source>
        <translation>粘贴的短信</translation>
    </message>
    <message>
        <source>Paste the texts here</source>
        <translation>在这里粘贴短信</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>短信(&amp;T)</translation>
    </message>
    <message>
        <source>When they arrived</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>&amp;When did they arrive?</source>
        <translation>什么时候收到的(&amp;W)？</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Add the senders</source>
        <translation>添加发送方</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Ringoff could not tell who sent %n of the texts. You can record them one by one with “Record one…”.</source>
        <translation>
            <numerusform>Ringoff 无法判断其中 %n 条短信是谁发的。您可以用“记录一条…”一条一条地记下来。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Each number belongs to a person, for example you or your father. Press F2 to rename the selected person.</source>
        <translation>每个号码都属于一个人，例如您自己或您的父亲。按 F2 可以修改选中的人的名字。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>People and how many numbers each has</source>
        <translation>家人及每人的号码数量</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>删除选中的人</translation>
    </message>
    <message>
        <source>For example: Dad</source>
        <translation>例如：爸爸</translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation>新添加的人的名字</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>添加这个人</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>添加新的人(&amp;N)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Please type a name first.</source>
        <translation>请先输入名字。</translation>
    </message>
    <message>
        <source>{name} is already in the list.</source>
        <translation>{name}已经在列表里了。</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>已添加{name}。</translation>
    </message>
    <message>
        <source>{old} is now called {name}.</source>
        <translation>{old}已改名为{name}。</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>删除一个人</translation>
    </message>
    <message>
        <source>Move the numbers to:</source>
        <translation>把号码转给：</translation>
    </message>
    <message>
        <source>Move the numbers to another person</source>
        <translation>把号码转给另一个人</translation>
    </message>
    <message>
        <source>Person who gets the numbers</source>
        <translation>接收号码的人</translation>
    </message>
    <message>
        <source>There is nobody else to move them to. Add a person first if you want to.</source>
        <translation>没有其他人可以转给。如果需要，请先添加一个人。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation>保留这个人</translation>
    </message>
    <message>
        <source>{name} has numbers in Ringoff (numbers: {numbers}, accounts on them: {accounts}). What should happen to them?</source>
        <translation>{name}在 Ringoff 中有号码（号码：{numbers}，这些号码上的账号：{accounts}）。要怎么处理这些号码？</translation>
    </message>
    <message>
        <source>Remove the numbers too, with their accounts (numbers: {numbers})</source>
        <translation>把号码连同上面的账号一起删除（号码：{numbers}）</translation>
    </message>
    <message>
        <source>Remove {name}? They have no numbers in Ringoff.</source>
        <translation>要删除{name}吗？Ringoff 中没有这个人的号码。</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>删除{name}</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>已删除{name}。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Payment apps</source>
        <translation>支付应用</translation>
    </message>
    <message>
        <source>Apps you sign in to with this number</source>
        <translation>用这个号码登录的应用</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Banks first: payment apps and the tax app check your new number through the phone number your bank has for your card.</source>
        <translation>先处理银行：支付应用和个税 App 会通过银行卡预留手机号来核验您的新号码。</translation>
    </message>
    <message>
        <source>Payment apps next: they hold money and often ask for a text to the old number.</source>
        <translation>接着处理支付应用：里面有钱，而且常常需要旧号码接收验证码短信。</translation>
    </message>
    <message>
        <source>Banks, cards and brokers</source>
        <translation>银行、银行卡和证券</translation>
    </message>
    <message>
        <source>Tax, social insurance and official services</source>
        <translation>个税、社保等政务服务</translation>
    </message>
    <message>
        <source>Email and the accounts others recover through</source>
        <translation>邮箱，以及其他账号靠它找回的账号</translation>
    </message>
    <message>
        <source>The phone company: last of all</source>
        <translation>电信运营商：最后办</translation>
    </message>
    <message>
        <source>Money first: banks, cards and brokers hold your money, and other services check who you are through your bank.</source>
        <translation>先办跟钱有关的：银行、银行卡和证券账户里有您的钱，其他服务也常通过银行核实您的身份。</translation>
    </message>
    <message>
        <source>Tax and benefits offices check who you are through your bank or your ID, so do them once the bank has your new details.</source>
        <translation>税务和社保等机构通过银行或身份证核实您的身份，所以要等银行换好新信息后再办。</translation>
    </message>
    <message>
        <source>Other accounts send their recovery messages here, so make these safe before the many apps that follow.</source>
        <translation>其他账号的找回信息都发到这里，所以要先把这些办好，再办后面的应用。</translation>
    </message>
    <message>
        <source>Do not cancel the number until every account above is done or marked can&apos;t be done: each of them may still need a text to the old number.</source>
        <translation>上面每个账号都办好或标记为“办不了”之前，不要注销号码：它们都可能还要往旧号码发验证码。</translation>
    </message>
    <message>
        <source>These check your new number against your bank card, so they work only after the bank has your new number.</source>
        <translation>这些服务会用您的银行卡核对新号码，所以要等银行那边改成新号码以后才能办理。</translation>
    </message>
    <message>
        <source>Whoever gets your old number could sign in to these, so change them before it is cancelled.</source>
        <translation>以后拿到您旧号码的人可能会登录这些账号，所以要在号码注销之前改好。</translation>
    </message>
    <message>
        <source>These only send messages or rarely use the number; do them when you can.</source>
        <translation>这些只是发通知，或很少用到这个号码；有空的时候再处理就行。</translation>
    </message>
    <message>
        <source>First make sure you can sign in without this number: with your email address and password. Add an email address in the settings if there is none.</source>
        <translation>先确认不用这个号码也能登录：用邮箱和密码。如果没有绑定邮箱，先在设置里添加一个。</translation>
    </message>
    <message>
        <source>Open the settings and look for Account, Security or Phone number.</source>
        <translation>打开设置，找到“账号”“安全”或“手机号”。</translation>
    </message>
    <message>
        <source>Choose Remove or Delete next to the phone number, and confirm.</source>
        <translation>在手机号旁边点“解绑”或“删除”，然后确认。</translation>
    </message>
    <message>
        <source>If the app does not allow it, ask its customer service to remove the number, or close the account.</source>
        <translation>如果应用不允许解绑，请联系客服解绑，或者注销账号。</translation>
    </message>
    <message>
        <source>{name} needs a phone number. Give it a family member&apos;s number (choose that for the whole number on its page), a landline if {name} accepts one, or close the account.</source>
        <translation>{name}必须绑定手机号。可以换成家人的号码（在这个号码的页面里选择），如果{name}接受固定电话也可以用固话，否则就注销账号。</translation>
    </message>
    <message>
        <source>{done} done · {cannot} can&apos;t be done · {todo} to do</source>
        <translation>已办好 {done} · 办不了 {cannot} · 待办 {todo}</translation>
    </message>
    <message>
        <source>Change the phone number in {name} to {whose}&apos;s number, {number}.</source>
        <translation>把{name}的手机号改绑到{whose}的号码：{number}。</translation>
    </message>
    <message>
        <source>Change the phone number in {name} to your new number, {number}.</source>
        <translation>把{name}的手机号改绑到您的新号码：{number}。</translation>
    </message>
    <message>
        <source>Remove this phone number from {name}.</source>
        <translation>把这个手机号从{name}解绑。</translation>
    </message>
    <message>
        <source>Close your account with {name}, so that nobody can use it with this number later.</source>
        <translation>注销您在{name}的账号，免得以后有人用这个号码登录。</translation>
    </message>
    <message>
        <source>{whose}&apos;s phone nearby, to receive a text on their number</source>
        <translation>{whose}的手机放在身边，用来接收发到那个号码的短信</translation>
    </message>
    <message>
        <source>Please change the phone number on my account from {old} to {new}, the number of my family member {whose}.</source>
        <translation>请把我账户绑定的手机号从 {old} 改成 {new}（我的家人{whose}的号码）。</translation>
    </message>
    <message>
        <source>Please change the phone number on my account from {old} to my new number {new}.</source>
        <translation>请把我账户绑定的手机号从 {old} 改成我的新号码 {new}。</translation>
    </message>
    <message>
        <source>Please remove the phone number {old} from my account: it will be cancelled and must no longer receive my codes.</source>
        <translation>请把手机号 {old} 从我的账户解绑：这个号码要注销了，不能再接收我的验证码。</translation>
    </message>
    <message>
        <source>Please close my account: its phone number {old} will be cancelled and I will have no number for it.</source>
        <translation>请注销我的账户：账户绑定的手机号 {old} 要注销了，我也没有别的号码可以绑定。</translation>
    </message>
    <message>
        <source>No accounts yet: add the apps and banks that use this number.</source>
        <translation>还没有账号：请添加使用这个号码的应用和银行。</translation>
    </message>
    <message>
        <source>Finished: {done} done · {cannot} can&apos;t be done. The risk that remains: {names} still use this number, so whoever gets it next could receive their codes. Follow the next steps written there.</source>
        <translation>已经办完：已办好 {done} · 办不了 {cannot}。剩下的风险：{names}仍然绑定这个号码，以后拿到这个号码的人可能收到它们的验证码。请按那里写的下一步去做。</translation>
    </message>
    <message>
        <source>Safe to cancel, with a risk: {done} done · {cannot} can&apos;t be done. {names} still use this number, so whoever gets it next could receive their codes. Follow the next steps written there.</source>
        <translation>可以注销，但有风险：已办好 {done} · 办不了 {cannot}。{names}仍然绑定这个号码，以后拿到这个号码的人可能收到它们的验证码。请按那里写的下一步去做。</translation>
    </message>
    <message>
        <source>Safe to cancel: {done} done · {cannot} can&apos;t be done.</source>
        <translation>可以放心注销：已办好 {done} · 办不了 {cannot}。</translation>
    </message>
    <message>
        <source>Do not cancel the number yet: {left} accounts above still use it. Finish them (or mark them can&apos;t be done) first.</source>
        <translation>先不要注销号码：上面还有 {left} 个账号在用它。先把它们办好（或标记为办不了）。</translation>
    </message>
    <message>
        <source>Ringoff knows no special path for this one. Two things usually work: call or chat with the service&apos;s customer service and say the old number no longer works, or go to one of their counters or service halls with your ID card.</source>
        <translation>号码解绑助手不知道这个服务的专门办法。通常有两种办法：打电话或在线联系客服，说明旧号码已经不能用了；或者带上身份证去他们的柜台或营业厅。</translation>
    </message>
    <message>
        <source>Ringoff knows no special path for this one. Call the number on the back of your card or on an official letter, say the old number no longer works, and be ready to prove who you are; a branch visit with a photo ID also works.</source>
        <translation>号码解绑助手不知道这个服务的专门办法。请拨打卡背面或正式信件上的电话，说明旧号码已经不能用了，并准备好证明您的身份；带上有照片的证件去网点也可以。</translation>
    </message>
    <message>
        <source>Ringoff knows no special path for this one. Look on the sign-in page for “Try another way” or “I no longer have this phone” (a code to your email or an authenticator app), or use the service&apos;s account recovery form.</source>
        <translation>号码解绑助手不知道这个服务的专门办法。请在登录页面找“换一种方式”或“我已无法使用这部手机”（把验证码发到邮箱或验证器应用），或者使用该服务的账号找回表。</translation>
    </message>
    <message>
        <source>Call {name}&apos;s official line: {value}.</source>
        <translation>拨打{name}的官方电话：{value}。</translation>
    </message>
    <message>
        <source>Go to {name}&apos;s counter: {value}.</source>
        <translation>去{name}的柜台：{value}。</translation>
    </message>
    <message>
        <source>{name}&apos;s official help: {value}.</source>
        <translation>{name}的官方帮助：{value}。</translation>
    </message>
    <message>
        <source>Go to a branch or counter of {name} with your ID card and ask them to take the old number off your account.</source>
        <translation>带上身份证去{name}的网点或柜台，请他们把旧号码从您的账户解绑。</translation>
    </message>
    <message>
        <source>Ask {name}&apos;s customer service (in the app or on its website) to take the old number off your account.</source>
        <translation>请{name}的客服（在应用里或官网上）把旧号码从您的账号解绑。</translation>
    </message>
    <message>
        <source>Or write a letter to {name}: your name, your account, the old number, and that it must no longer be used to sign in or to send you codes. Keep a copy.</source>
        <translation>或者给{name}写一封信：写明您的姓名、账号、旧号码，并说明这个号码不能再用来登录或接收验证码。自己留一份复印件。</translation>
    </message>
    <message>
        <source>All done. The number may be given to someone else in {days} days: until then, watch for texts from any service you forgot.</source>
        <translation>全部完成。这个号码可能在 {days} 天后被重新分配给别人（重新放号）。在那之前，请留意有没有您忘记的服务发来短信。</translation>
    </message>
    <message>
        <source>Not ready yet: {done} done · {cannot} can&apos;t be done · {todo} to do. Nothing replaces this number, so it is removed from each account (or the account is closed). Next: {next}.</source>
        <translation>还不能注销：已办好 {done} · 办不了 {cannot} · 待办 {todo}。没有号码接替这个号码，所以要从每个账号上解绑（或注销账号）。下一个：{next}。</translation>
    </message>
    <message>
        <source>Not ready yet: {done} done · {cannot} can&apos;t be done · {todo} to do. The accounts move to {whose}&apos;s number, {number}. Next: {next}.</source>
        <translation>还不能注销：已办好 {done} · 办不了 {cannot} · 待办 {todo}。各账号改绑到{whose}的号码：{number}。下一个：{next}。</translation>
    </message>
    <message>
        <source>Not ready yet: {done} done · {cannot} can&apos;t be done · {todo} to do. The accounts move to your new number, {number}. Next: {next}.</source>
        <translation>还不能注销：已办好 {done} · 办不了 {cannot} · 待办 {todo}。各账号改绑到您的新号码：{number}。下一个：{next}。</translation>
    </message>
    <message>
        <source>All done. The number may now belong to someone else; your accounts no longer use it.</source>
        <translation>全部完成。这个号码现在可能已经属于别人了；您的账号已经不再使用它。</translation>
    </message>
    <message>
        <source>The number is already cancelled and {left} accounts still use it. Use the “old number doesn&apos;t work” help for each of them, starting with banks.</source>
        <translation>这个号码已经注销，但还有 {left} 个账号在用它。请对每个账号使用“旧号码不能用了”帮助，先从银行开始。</translation>
    </message>
    <message>
        <source>Only {days} days until the cancellation and {left} accounts to go. Consider asking the phone company to delay the cancellation, or keep the number on a cheap plan until you are done.</source>
        <translation>离注销只剩 {days} 天，还有 {left} 个账号要处理。可以考虑请运营商推迟注销，或者先把号码改成便宜的套餐留着，等全部处理完再注销。</translation>
    </message>
    <message>
        <source>The cancellation is close: {left} accounts still to do.</source>
        <translation>注销日期快到了：还有 {left} 个账号要处理。</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>No cancellation date has been set yet, so there is no rush.</source>
        <translation>还没有设置注销日期，所以不用着急。</translation>
    </message>
    <message>
        <source>The number is to be cancelled {when}.</source>
        <translation>这个号码将在{when}注销。</translation>
    </message>
    <message>
        <source>Aim to be finished by {date} ({relative}): that leaves {days} days to spare for anything that takes longer.</source>
        <translation>争取在 {date}（{relative}）之前完成：这样还能留出 {days} 天，给需要更长时间的事情。</translation>
    </message>
    <message>
        <source>The number was cancelled {when}.</source>
        <translation>这个号码已在{when}注销。</translation>
    </message>
    <message>
        <source>Below is the order that works best, with the reason for each part. Take one account at a time: Ringoff remembers where you stopped.</source>
        <translation>下面是最合适的处理顺序，每一部分都写了原因。一次只处理一个账号就好：Ringoff 会记住您做到哪里了。</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>{name}: {status}. Open the steps</source>
        <translation>{name}：{status}。打开操作步骤</translation>
    </message>
    <message>
        <source>{action} · it needs a phone number: see the steps</source>
        <translation>{action} · 必须有手机号：请看步骤</translation>
    </message>
    <message>
        <source>{action} · needs a text to the old number</source>
        <translation>{action} · 需要旧号码接收短信</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>PrintKitDialog</name>
    <message>
        <source>Print the Emergency Kit again</source>
        <translation>重新打印应急备忘单</translation>
    </message>
    <message>
        <source>Ringoff does not keep your recovery key, so it cannot print it by itself. Type it from your old Emergency Kit; Ringoff checks it and makes a fresh page. If you have lost it, make a new recovery key instead.</source>
        <translation>Ringoff 不保存您的恢复码，所以不能自己打印出来。请照着旧的应急备忘单输入恢复码；Ringoff 核对无误后会生成一张新的。如果恢复码丢了，请改为生成一个新的恢复码。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>For example 7K3M Q9XA …</source>
        <translation>例如 7K3M Q9XA …</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>恢复码(&amp;R)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This is not the recovery key of your information. Perhaps it is an older key: check the date on your Emergency Kit.</source>
        <translation>这不是您资料的恢复码。可能是以前的旧恢复码：请看一下应急备忘单上的日期。</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>请输入您的恢复码。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as “{name}” in the folder {folder}</source>
        <translation>已保存为“{name}”，保存在文件夹 {folder} 里</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>{name} can&apos;t be done</source>
        <translation>{name}无法完成</translation>
    </message>
    <message>
        <source>That happens, and it is fine to say so. Write down why, so that you (or whoever helps you) remember later. For example: the bank needs a visit and the branch is too far, or the account is no longer used.</source>
        <translation>这种情况很常见，直接写明就好。请写下原因，方便您（或帮您的人）以后想起来。例如：银行需要本人去网点，但网点太远；或者这个账号已经不用了。</translation>
    </message>
    <message>
        <source>&amp;Why can&apos;t it be done?</source>
        <translation>为什么无法完成(&amp;W)？</translation>
    </message>
    <message>
        <source>Why it can&apos;t be done</source>
        <translation>无法完成的原因</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the reason</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReceivedPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A number that was someone else&apos;s</source>
        <translation>以前属于别人的号码</translation>
    </message>
    <message>
        <source>A number that was someone else&apos;s: {number}</source>
        <translation>以前属于别人的号码：{number}</translation>
    </message>
    <message>
        <source>You got a number that belonged to someone else. Texts and calls meant for them are not your fault, and you can stop them.</source>
        <translation>您拿到的号码以前属于别人。发给前一位主人的短信和电话不是您的错，您可以让它们停下来。</translation>
    </message>
    <message>
        <source>Write down what arrives, ask each sender to take this number off the other person&apos;s account, and note when you asked. Ringoff reminds you to check.</source>
        <translation>记下收到的内容，请每个发送方把这个号码从前一位主人的账号上解绑，并记下您是什么时候联系的。Ringoff 会提醒您回头确认。</translation>
    </message>
    <message>
        <source>You asked {name} on {date}; if the texts have not stopped, ask again.</source>
        <translation>您在 {date} 联系了{name}；如果短信还没停，请再联系一次。</translation>
    </message>
    <message>
        <source>They stopped</source>
        <translation>已经停了</translation>
    </message>
    <message>
        <source>The messages from {name} stopped</source>
        <translation>{name}的短信已经停了</translation>
    </message>
    <message>
        <source>I asked again…</source>
        <translation>我又联系了一次…</translation>
    </message>
    <message>
        <source>Note that you asked {name} again</source>
        <translation>记下您又联系了{name}</translation>
    </message>
    <message>
        <source>Messages and calls for the previous owner</source>
        <translation>发给前一位主人的短信和电话</translation>
    </message>
    <message>
        <source>What arrived for the previous owner</source>
        <translation>发给前一位主人的内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>还没有记录。</translation>
    </message>
    <message>
        <source>Record one…</source>
        <translation>记录一条…</translation>
    </message>
    <message>
        <source>Record a message or call</source>
        <translation>记录一条短信或来电</translation>
    </message>
    <message>
        <source>Paste texts…</source>
        <translation>粘贴短信…</translation>
    </message>
    <message>
        <source>Paste texts from your phone</source>
        <translation>粘贴手机上的短信</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>删除选中的记录</translation>
    </message>
    <message>
        <source>What to do next, for each sender</source>
        <translation>每个发送方接下来该怎么处理</translation>
    </message>
    <message>
        <source>What not to do</source>
        <translation>不要做的事</translation>
    </message>
    <message>
        <source>Clear the previous owner&apos;s old links from this number</source>
        <translation>清除前一位主人在这个号码上的旧绑定</translation>
    </message>
    <message>
        <source>The three Chinese phone companies offer a free service called “二次号码焕新”. It removes this number from apps the previous owner signed up to, such as WeChat, Alipay and Douyin. It only clears what was linked BEFORE the number was given to you.</source>
        <translation>三家运营商都提供一项免费服务，叫“二次号码焕新”。它可以把这个号码从前一位主人注册过的应用（比如微信、支付宝、抖音）上解绑。它只清除号码分配给您之前的绑定。</translation>
    </message>
    <message>
        <source>{name} (your phone company)</source>
        <translation>{name}（您的运营商）</translation>
    </message>
    <message>
        <source>These steps come from reports online, not from the phone companies&apos; own pages; the app may look different. Their hotlines can help: 10086, 10010 and 10000.</source>
        <translation>这些步骤来自网上的经验分享，不是运营商官方页面的说明；实际的应用界面可能不一样。可以拨打运营商的客服热线求助：10086、10010 和 10000。</translation>
    </message>
    <message>
        <source>Register your own accounts to this number safely</source>
        <translation>安全地把您自己的账号绑定到这个号码</translation>
    </message>
    <message>
        <source>First let the phone company&apos;s clearing service finish.</source>
        <translation>请先等运营商的清除服务办理完成。</translation>
    </message>
    <message>
        <source>To use this number in an app you already have, use that app&apos;s own “change phone number” setting, not a new sign-up.</source>
        <translation>如果要在已经在用的应用里使用这个号码，请用该应用自己的“更换手机号”功能，不要重新注册。</translation>
    </message>
    <message>
        <source>If an app says the number is already registered, do not sign in to that account: ask the app&apos;s customer service to release the number.</source>
        <translation>如果应用提示这个号码已经注册过，不要登录那个账号：请联系该应用的客服，请他们释放这个号码。</translation>
    </message>
    <message>
        <source>Set a password on each account, so a text message alone cannot open it.</source>
        <translation>给每个账号都设置密码，这样光凭一条短信验证码就打不开账号。</translation>
    </message>
    <message>
        <source>What I asked, and when</source>
        <translation>我联系了谁，什么时候联系的</translation>
    </message>
    <message>
        <source>Nothing noted yet. When you contact a sender, note it here and Ringoff reminds you to check after {days} days.</source>
        <translation>还没有记录。联系发送方之后，请在这里记下来，Ringoff 会在 {days} 天后提醒您回头确认。</translation>
    </message>
    <message>
        <source>{name}: asked on {date}, {how}</source>
        <translation>{name}：{date} 联系，方式：{how}</translation>
    </message>
    <message>
        <source>Check again on {date}</source>
        <translation>请在 {date} 再确认一下</translation>
    </message>
    <message>
        <source>Time to check: was due on {date}</source>
        <translation>该确认了：原定 {date} 确认</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>State of the request to {name}</source>
        <translation>联系{name}的处理状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note a request…</source>
        <translation>记下一次联系…</translation>
    </message>
    <message>
        <source>Note that you asked someone</source>
        <translation>记下您联系了谁</translation>
    </message>
    <message>
        <source>Message copied</source>
        <translation>内容已复制</translation>
    </message>
    <message>
        <source>The message is copied. Paste it into your message to {name}: in their app, by email, or in a chat with their customer service.</source>
        <translation>内容已复制。请把它粘贴到发给{name}的消息里：可以在对方的应用里发送，也可以用电子邮件，或在和对方客服的聊天中发送。</translation>
    </message>
    <message>
        <source>When you have sent it, shall Ringoff note that you asked {name} today, and remind you to check in {days} days?</source>
        <translation>发送之后，要不要让 Ringoff 记下您今天联系了{name}，并在 {days} 天后提醒您确认？</translation>
    </message>
    <message>
        <source>Yes, I sent it</source>
        <translation>是的，我已发送</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>还没有</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <source>A verification code</source>
        <extracomment>Days between asking an institution and the reminder to check whether the texts stopped.</extracomment>
        <translation>验证码</translation>
    </message>
    <message>
        <source>A bank or bill notice</source>
        <translation>银行或账单通知</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>By phone (their hotline)</source>
        <translation>打电话（对方的客服热线）</translation>
    </message>
    <message>
        <source>In person (a branch or service hall)</source>
        <translation>当面办理（网点或服务大厅）</translation>
    </message>
    <message>
        <source>In writing (a message, email or app chat)</source>
        <translation>书面联系（留言、电子邮件或应用内聊天）</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <source>Done: the messages stopped</source>
        <translation>已完成：短信已经停了</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>没有回复</translation>
    </message>
    <message>
        <source>Call the bank&apos;s hotline or visit a branch. Say that this number was given to you by the phone company and ask them to remove it from their customer&apos;s account. They may ask for YOUR ID card to confirm that the number is now yours.</source>
        <translation>拨打银行的客服热线或去网点办理。说明这个号码是运营商分配给您的，请他们把它从原来那位客户的账号上解绑。他们可能会要求看您本人的身份证，以确认这个号码现在属于您。</translation>
    </message>
    <message>
        <source>Contact their customer service (in their app or on their website). Say that the number was re-issued to you and ask them to remove it from the other person&apos;s account.</source>
        <translation>联系对方的客服（在对方的应用里或官网上）。说明这个号码是重新分配给您的，请他们把它从另一个人的账号上解绑。</translation>
    </message>
    <message>
        <source>Call the phone company&apos;s hotline or visit a service hall with your ID card: you are the holder of this number now, so they can help you directly.</source>
        <translation>拨打运营商的客服热线，或带上身份证去服务大厅：您现在是这个号码的机主，他们可以直接帮您处理。</translation>
    </message>
    <message>
        <source>Call the office&apos;s public hotline and ask them to update the contact number in the other person&apos;s file. Give them this number only, never a code.</source>
        <translation>拨打该机构的公开服务热线，请他们更新另一个人档案里的联系电话。只告诉他们这个号码，绝不要提供任何验证码。</translation>
    </message>
    <message>
        <source>Contact their customer service (in their app or on their website) and ask them to remove this number from the other person&apos;s account.</source>
        <translation>联系对方的客服（在对方的应用里或官网上），请他们把这个号码从另一个人的账号上解绑。</translation>
    </message>
    <message>
        <source>If the message names a company, find its official hotline or website yourself and ask them to remove this number. For advertising, the unsubscribe reply the text mentions (such as “TD” or “STOP”) usually works. If calls keep coming, tell the caller calmly that this number has a new owner.</source>
        <translation>如果短信里写了公司名称，请自己查找这家公司的官方热线或官网，请他们删除这个号码。如果是广告，按短信里说的回复退订（例如“TD”或“STOP”）通常就可以。如果电话一直打来，请平静地告诉对方：这个号码已经换了新主人。</translation>
    </message>
    <message>
        <source>Use only the official website or app, or the number on the back of a card, never a link or phone number written in the message.</source>
        <translation>只使用官方网站、官方应用或银行卡背面的电话号码，绝不要使用短信里写的链接或电话号码。</translation>
    </message>
    <message>
        <source>For changes to a phone number, they usually ask you to come in person.</source>
        <translation>更改手机号码通常需要本人到现场办理。</translation>
    </message>
    <message>
        <source>For changes to a phone number, they usually go through customer service.</source>
        <translation>更改手机号码通常要通过客服办理。</translation>
    </message>
    <message>
        <source>Never use a code meant for someone else, not even to stop the messages.</source>
        <extracomment>What never to do, whatever the sender.</extracomment>
        <translation>绝不要使用发给别人的验证码，即使是为了让短信停下来也不行。</translation>
    </message>
    <message>
        <source>Never sign in to the previous owner&apos;s accounts or try to reset their passwords.</source>
        <translation>绝不要登录前一位主人的账号，也不要尝试重置他们的密码。</translation>
    </message>
    <message>
        <source>Do not share the codes with anyone, even a caller who says they are from the bank.</source>
        <translation>不要把验证码告诉任何人，即使来电的人自称是银行的工作人员。</translation>
    </message>
    <message>
        <source>Do not open links in these messages. Find the official number or app yourself.</source>
        <translation>不要打开这些短信里的链接。请自己查找官方电话或官方应用。</translation>
    </message>
    <message>
        <source>Ask them to remove this number from someone else&apos;s account</source>
        <translation>请对方把这个号码从别人的账号上解绑</translation>
    </message>
    <message>
        <source>Ask them to stop sending messages and calls</source>
        <translation>请对方不要再发短信、打电话</translation>
    </message>
    <message>
        <source>In the China Mobile app, search for “二次号码焕新”.</source>
        <extracomment>The carriers&apos; &quot;二次号码焕新&quot; service (facts.md section 3; sources there, reliability B/C).</extracomment>
        <translation>在中国移动 App 中搜索“二次号码焕新”。</translation>
    </message>
    <message>
        <source>Reported to take up to 5 working days.</source>
        <translation>据网友反映，最多需要5个工作日。</translation>
    </message>
    <message>
        <source>In the China Unicom app, tap “服务” (Services), then “通用服务” (General services), then “二次号码焕新”.</source>
        <translation>在中国联通 App 中，点击“服务”，然后点击“通用服务”，再点击“二次号码焕新”。</translation>
    </message>
    <message>
        <source>Reported to work straight away.</source>
        <translation>据网友反映，办理后马上生效。</translation>
    </message>
    <message>
        <source>In the China Telecom app, search for “二次焕新”.</source>
        <translation>在中国电信 App 中搜索“二次焕新”。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record a message or call</source>
        <translation>记录一条短信或来电</translation>
    </message>
    <message>
        <source>For example: ICBC, 95588, Meituan</source>
        <translation>例如：工商银行、95588、美团</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>&amp;Who sent it or called?</source>
        <translation>是谁发来的或打来的(&amp;W)？</translation>
    </message>
    <message>
        <source>When it arrived</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>&amp;When did it arrive?</source>
        <translation>什么时候收到的(&amp;W)？</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>What &amp;was it?</source>
        <translation>是什么内容(&amp;W)？</translation>
    </message>
    <message>
        <source>For example: card payment notice</source>
        <translation>例如：银行卡消费通知</translation>
    </message>
    <message>
        <source>A few words</source>
        <translation>简单说明</translation>
    </message>
    <message>
        <source>A &amp;few words about it (optional)</source>
        <translation>简单说明一下（可不填）(&amp;F)</translation>
    </message>
    <message>
        <source>Never write down a code or a card number here.</source>
        <translation>这里绝不要写验证码或银行卡号。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Please write who sent it (a name or the sender&apos;s number).</source>
        <translation>请写下是谁发来的（名称或发送方的号码）。</translation>
    </message>
    <message>
        <source>Please leave codes and long numbers out of the description: only say what kind of message it was.</source>
        <translation>说明里请不要写验证码和长串数字：只写是哪一类短信就好。</translation>
    </message>
</context>
<context>
    <name>Regional</name>
    <message>
        <source>There is no day {text}: that month is shorter. Check the day.</source>
        <translation>没有 {text} 这一天：那个月没有这么多天。请检查日期。</translation>
    </message>
    <message>
        <source>{date} is in the past. If the number is already cancelled, that is right; otherwise check the date.</source>
        <translation>{date} 已经过去了。如果号码已经注销，这样没问题；否则请检查日期。</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>{number} ({name})</source>
        <translation>{number}（{name}）</translation>
    </message>
    <message>
        <source>Number {number} may be given to someone else {when}.</source>
        <translation>号码 {number} 可能在{when}被重新分配给别人（重新放号）。</translation>
    </message>
    <message>
        <source>Number {number} may now be given to someone else.</source>
        <translation>号码 {number} 现在随时可能被重新分配给别人（重新放号）。</translation>
    </message>
    <message>
        <source>Number {number} will be cancelled {when}.</source>
        <translation>号码 {number} 将在{when}注销。</translation>
    </message>
    <message>
        <source>Number {number} is cancelled today.</source>
        <translation>号码 {number} 今天注销。</translation>
    </message>
    <message>
        <source>Number {number} was cancelled {when}.</source>
        <translation>号码 {number} 已于{when}注销。</translation>
    </message>
    <message>
        <source>No accounts are listed for it yet.</source>
        <translation>还没有为这个号码列出任何账号。</translation>
    </message>
    <message>
        <source>Accounts still to do: {count}.</source>
        <translation>还有 {count} 个账号待办。</translation>
    </message>
    <message>
        <source>Every account is done.</source>
        <translation>所有账号都已完成。</translation>
    </message>
</context>
<context>
    <name>ReminderDaysDialog</name>
    <message>
        <source>Reminder days</source>
        <extracomment>The days a person can choose in the reminder days dialog.</extracomment>
        <translation>提醒日期</translation>
    </message>
    <message>
        <source>When should Ringoff remind you?</source>
        <translation>您希望 Ringoff 什么时候提醒您？</translation>
    </message>
    <message>
        <source>For the number {number}. Reminders come at 9 in the morning.</source>
        <translation>这是关于号码 {number} 的提醒。提醒会在早上 9 点出现。</translation>
    </message>
    <message>
        <source>It is to be cancelled on {date}.</source>
        <translation>这个号码将于 {date} 注销。</translation>
    </message>
    <message>
        <source>The day before it is cancelled</source>
        <translation>注销的前一天</translation>
    </message>
    <message>
        <source>{days} days before it is cancelled</source>
        <translation>注销前 {days} 天</translation>
    </message>
    <message>
        <source>On the day it is cancelled</source>
        <translation>注销当天</translation>
    </message>
    <message>
        <source>{days} days before it may go to someone else</source>
        <translation>可能被重新分配给别人的前 {days} 天</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReminderQuestion</name>
    <message>
        <source>Reminders on this computer</source>
        <translation>在这台电脑上提醒</translation>
    </message>
    <message>
        <source>On your other computer, Ringoff reminded you even when it was closed. Do the same on this computer?</source>
        <translation>在您的另一台电脑上，号码解绑助手即使没有打开也会提醒您。在这台电脑上也这样做吗？</translation>
    </message>
    <message>
        <source>A small helper starts when you log in. It knows only the dates, nothing else.</source>
        <translation>登录电脑时会启动一个小助手。它只知道日期，不知道其他任何信息。</translation>
    </message>
    <message>
        <source>Yes, remind me here</source>
        <translation>好的，在这里提醒我</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open this number</source>
        <translation>打开这个号码</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>明天再提醒我</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Got it, do not remind me again</source>
        <translation>知道了，不用再提醒我</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Ringoff has a reminder for you</source>
        <extracomment>Days before the cancellation day on which to remind, unless a number overrides them. Days before the earliest reissue day for the last reminder. The local hour reminders fall on. The longest single wait before the wall clock is read again. The furthest ahead a day offset may reach (ten years).</extracomment>
        <translation>Ringoff 有一条提醒给您</translation>
    </message>
    <message>
        <source>Days left before {number} is cancelled: {days}. Untie the accounts that still use it, as their plan says.</source>
        <translation>距离 {number} 注销还有 {days} 天。请按解绑计划，处理仍在使用这个号码的账号。</translation>
    </message>
    <message>
        <source>{number} is due to be cancelled today. Check that no account still needs it for sign-in or codes.</source>
        <translation>{number} 今天就要注销了。请检查一下，确认没有账号还需要用它登录或接收验证码。</translation>
    </message>
    <message>
        <source>Days left before {number} may be given to someone else: {days}. Make sure no account still uses it.</source>
        <translation>距离 {number} 可能被重新分配给别人还有 {days} 天。请确认已经没有账号在用它。</translation>
    </message>
    <message>
        <source>No reminders yet: they start once the number has a cancellation date.</source>
        <translation>还没有提醒：给这个号码填上注销日期后就会开始提醒。</translation>
    </message>
    <message>
        <source>Reminders on — none is planned now.</source>
        <translation>提醒已开启——目前没有安排提醒。</translation>
    </message>
    <message>
        <source>Reminders on — next: {date}</source>
        <translation>提醒已开启——下一次：{date}</translation>
    </message>
    <message>
        <source>Reminders on this computer are off.</source>
        <translation>这台电脑上的提醒已关闭。</translation>
    </message>
    <message>
        <source>Reminders only while Ringoff is open — next: {date}</source>
        <translation>只在号码解绑助手打开时提醒——下一次：{date}</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Note what you asked</source>
        <translation>记下您问过的事</translation>
    </message>
    <message>
        <source>Who you asked</source>
        <translation>您问的是谁</translation>
    </message>
    <message>
        <source>&amp;Who did you ask?</source>
        <translation>您问的是谁？(&amp;W)</translation>
    </message>
    <message>
        <source>How you asked</source>
        <translation>您是怎么问的</translation>
    </message>
    <message>
        <source>&amp;How?</source>
        <translation>怎么问的？(&amp;H)</translation>
    </message>
    <message>
        <source>When you asked</source>
        <translation>您是什么时候问的</translation>
    </message>
    <message>
        <source>Wh&amp;en?</source>
        <translation>什么时候？(&amp;E)</translation>
    </message>
    <message>
        <source>When to check again</source>
        <translation>什么时候再查看</translation>
    </message>
    <message>
        <source>&amp;Remind me to check on</source>
        <translation>提醒我查看的日期(&amp;R)</translation>
    </message>
    <message>
        <source>If the messages have not stopped by then, Ringoff reminds you here.</source>
        <translation>如果到那时还在收到短信，Ringoff 会在这里提醒您。</translation>
    </message>
    <message>
        <source>For example: the name of the person you spoke to</source>
        <translation>例如：和您通话的工作人员的名字</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Notes (optional)</source>
        <translation>备注（可选）(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Your phone with the old SIM card in it, to receive a text</source>
        <translation>装着旧 SIM 卡的手机，用来接收短信</translation>
    </message>
    <message>
        <source>Your phone with the new SIM card in it, to receive a text</source>
        <translation>装着新 SIM 卡的手机，用来接收短信</translation>
    </message>
    <message>
        <source>Your payment password (PIN)</source>
        <translation>您的支付密码</translation>
    </message>
    <message>
        <source>The password you sign in with</source>
        <translation>您登录用的密码</translation>
    </message>
    <message>
        <source>Your ID card</source>
        <translation>您的身份证</translation>
    </message>
    <message>
        <source>Your own face, for a face check with the phone&apos;s camera</source>
        <translation>您本人，用手机摄像头刷脸验证</translation>
    </message>
    <message>
        <source>The bank card, and the phone number the bank has for it</source>
        <translation>银行卡，以及银行卡预留手机号</translation>
    </message>
    <message>
        <source>A visit to a branch or service hall</source>
        <translation>去一趟网点或服务大厅</translation>
    </message>
    <message>
        <source>A call or chat with customer service, and some patience</source>
        <translation>给客服打电话或在线联系客服，需要一点耐心</translation>
    </message>
    <message>
        <source>Access to your email, to receive a message</source>
        <translation>能打开您的邮箱，用来接收邮件</translation>
    </message>
    <message>
        <source>A phone or computer that is already signed in to this account</source>
        <translation>一部已经登录了这个账号的手机或电脑</translation>
    </message>
    <message>
        <source>The answers to your security questions</source>
        <translation>您的密保问题的答案</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>For example 7K3M Q9XA …</source>
        <translation>例如 7K3M Q9XA …</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>恢复码(&amp;R)</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>改用恢复码</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>改用密码</translation>
    </message>
</context>
<context>
    <name>SenderCard</name>
    <message>
        <source>What to do about {name}</source>
        <translation>{name}：该怎么办</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded, last on {date}: {kinds}</source>
        <translation>
            <numerusform>已记录 %n 条，最近一次在 {date}：{kinds}</numerusform>
        </translation>
    </message>
    <message>
        <source>Their official website: {link}</source>
        <translation>官方网站：{link}</translation>
    </message>
    <message>
        <source>Their official website (opens in your web browser)</source>
        <translation>官方网站（会在浏览器中打开）</translation>
    </message>
    <message>
        <source>Which ready-made message</source>
        <translation>选择写好的消息</translation>
    </message>
    <message>
        <source>Which &amp;message?</source>
        <translation>用哪条消息？(&amp;M)</translation>
    </message>
    <message>
        <source>In Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Message to {name}, {language}</source>
        <translation>发给{name}的消息，{language}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message to {name}, {language}</source>
        <translation>复制发给{name}的消息，{language}</translation>
    </message>
    <message>
        <source>Show ready-made messages</source>
        <translation>显示写好的消息</translation>
    </message>
    <message>
        <source>Show ready-made messages to {name}</source>
        <translation>显示发给{name}的写好的消息</translation>
    </message>
    <message>
        <source>I asked them…</source>
        <translation>我已经问过他们了…</translation>
    </message>
    <message>
        <source>Note that you asked {name}</source>
        <translation>记下您问过{name}</translation>
    </message>
    <message>
        <source>Hide ready-made messages</source>
        <translation>隐藏写好的消息</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>already added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>自己添加的</translation>
    </message>
    <message>
        <source>general guide only</source>
        <translation>仅有一般步骤</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You locked Ringoff.</source>
        <translation>您锁定了 Ringoff。</translation>
    </message>
    <message>
        <source>Ringoff locked itself after {minutes} minutes without use.</source>
        <translation>Ringoff 已经 {minutes} 分钟没人使用，所以自动锁定了。</translation>
    </message>
    <message>
        <source>Ringoff locked itself after 1 minute without use.</source>
        <translation>Ringoff 在 1 分钟没有使用后自动锁定了。</translation>
    </message>
    <message>
        <source>Ringoff locked itself because the computer slept.</source>
        <translation>电脑进入了睡眠，所以 Ringoff 自动锁定了。</translation>
    </message>
    <message>
        <source>Ringoff locked itself because the screen locked.</source>
        <translation>电脑屏幕锁定了，所以 Ringoff 也自动锁定了。</translation>
    </message>
    <message>
        <source>Ringoff locked itself because the vault was changed by another computer.</source>
        <translation>您的资料在另一台电脑上被修改了，所以 Ringoff 自动锁定了。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of every screen and printout.</source>
        <translation>所有界面和打印内容使用的语言。</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>和电脑一样</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Simplified Chinese (简体中文)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Makes all text and buttons bigger.</source>
        <translation>让所有文字和按钮变大。</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>多少分钟没人使用后锁定</translation>
    </message>
    <message>
        <source>Ringoff hides your information when nobody has used it for a while.</source>
        <translation>一段时间没人使用时，Ringoff 会把您的资料隐藏起来。</translation>
    </message>
    <message>
        <source>Where the automatic encrypted backups are kept. Leave it empty to keep them next to your information.</source>
        <translation>自动加密备份存放的位置。留空则和您的资料放在一起。</translation>
    </message>
    <message>
        <source>Clear a copied phone number after this many seconds</source>
        <translation>复制的手机号码在多少秒后清除</translation>
    </message>
    <message>
        <source>Lock when the computer sleeps or the screen locks</source>
        <translation>电脑睡眠或锁屏时锁定</translation>
    </message>
    <message>
        <source>When the computer wakes up or the screen is unlocked, you type your passphrase again.</source>
        <translation>电脑唤醒或屏幕解锁后，需要重新输入密码。</translation>
    </message>
    <message>
        <source>0 keeps it until you copy something else.</source>
        <translation>设为 0：一直保留，直到您复制别的内容。</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Remind me even when Ringoff is closed</source>
        <translation>即使 Ringoff 关着也提醒我</translation>
    </message>
    <message>
        <source>Starts a small reminder helper when you log in. It knows only the dates, nothing else.</source>
        <translation>您登录电脑时，会启动一个小小的提醒助手。它只知道日期，别的什么都不知道。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Settings in minutes or seconds offered as a short list of plain choices (0 is &quot;Never&quot;). Which declared settings go in which section (anything not listed lands in &quot;Other&quot;).</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Language and text</source>
        <translation>语言和文字</translation>
    </message>
    <message>
        <source>Locking and privacy</source>
        <translation>锁定和隐私</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Backups and moving to a new computer…</source>
        <translation>备份和换到新电脑…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unlock Ringoff to change your name, your passphrase or your recovery key.</source>
        <translation>请先解锁 Ringoff，才能修改您的名字、密码或恢复码。</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the folder for {what}</source>
        <translation>选择{what}的文件夹</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>从不（不建议）</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>1 分钟后</translation>
    </message>
    <message>
        <source>After {n} minutes</source>
        <translation>{n} 分钟后</translation>
    </message>
    <message>
        <source>Never: keep it until I copy something else</source>
        <translation>从不：一直保留，直到我复制别的内容</translation>
    </message>
    <message>
        <source>After 1 second</source>
        <translation>1 秒后</translation>
    </message>
    <message>
        <source>After {n} seconds</source>
        <translation>{n} 秒后</translation>
    </message>
    <message>
        <source>Ringoff will stay open until you lock it yourself. Anyone who uses this computer while you are away can see your numbers and accounts.</source>
        <translation>Ringoff 会一直保持打开，直到您自己锁定。您离开时，任何使用这台电脑的人都能看到您的号码和账号。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>For example: Wang Fang</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的名字(&amp;N)</translation>
    </message>
    <message>
        <source>Shown in the history next to what you change, so your family can see who did what. Leave it empty if you use Ringoff alone.</source>
        <translation>会显示在操作记录里您做的修改旁边，方便家人知道是谁做了什么。如果只有您一个人用 Ringoff，可以不填。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Your passphrase opens Ringoff every day. Your recovery key, printed in the Emergency Kit, opens it if you forget the passphrase.</source>
        <translation>平时每天用密码打开 Ringoff。如果忘了密码，可以用应急备忘单上印着的恢复码打开。</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase or has seen my recovery key…</source>
        <translation>可能有人知道我的密码，或看到过我的恢复码…</translation>
    </message>
    <message>
        <source>Print the Emergency Kit again…</source>
        <translation>重新打印应急备忘单…</translation>
    </message>
    <message>
        <source>A new computer</source>
        <translation>新电脑</translation>
    </message>
    <message>
        <source>Used Ringoff on another computer before? Bring your information here with the transfer file made there.</source>
        <translation>以前在别的电脑上用过 Ringoff？用那台电脑上生成的转移文件，把您的资料搬到这里。</translation>
    </message>
    <message>
        <source>Bring your information from another computer…</source>
        <translation>从另一台电脑搬来您的资料…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择一个文件夹</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one next time you unlock.</source>
        <translation>密码已修改。下次解锁时请用新密码。</translation>
    </message>
    <message>
        <source>You have a new recovery key. The old one no longer opens Ringoff.</source>
        <translation>您有了新的恢复码。旧的恢复码已经不能再打开 Ringoff 了。</translation>
    </message>
</context>
<context>
    <name>SmsTab</name>
    <message>
        <source>From your text messages</source>
        <translation>从您的短信中查找</translation>
    </message>
    <message>
        <source>On your phone, copy a few verification texts and other messages from apps and banks, and paste them here, as many as you like at once. Ringoff only looks at who sent each one; the codes are not shown or kept, and the box is emptied as soon as the senders are found.</source>
        <translation>在手机上复制几条验证码短信，以及应用和银行发来的其他短信，粘贴到这里，一次粘贴多少条都可以。Ringoff 只看每条短信是谁发的；验证码不会显示，也不会保存，找到发送方后，输入框会马上清空。</translation>
    </message>
    <message>
        <source>Pasted text messages</source>
        <translation>粘贴的短信</translation>
    </message>
    <message>
        <source>Paste the messages here</source>
        <translation>把短信粘贴到这里</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>短信(&amp;M)：</translation>
    </message>
    <message>
        <source>Find the senders</source>
        <translation>查找发送方</translation>
    </message>
    <message>
        <source>Add the ticked ones</source>
        <translation>添加勾选的项</translation>
    </message>
    <message>
        <source>No sender could be found in these messages.</source>
        <translation>在这些短信里没有找到发送方。</translation>
    </message>
    <message>
        <source>Senders Ringoff knows</source>
        <translation>Ringoff 认识的发送方</translation>
    </message>
    <message>
        <source>Senders Ringoff does not know</source>
        <translation>Ringoff 不认识的发送方</translation>
    </message>
    <message>
        <source>Tick the ones that are accounts of yours; you can change the name before adding.</source>
        <translation>请勾选属于您的账号；添加前可以修改名称。</translation>
    </message>
    <message>
        <source>Name of the account</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <source>Name to add</source>
        <translation>要添加的名称</translation>
    </message>
    <message>
        <source>{n} message(s) did not show who sent them; they were skipped.</source>
        <translation>有 {n} 条短信看不出是谁发的，已跳过。</translation>
    </message>
    <message>
        <source>{name} ({count} messages)</source>
        <translation>{name}（{count} 条短信）</translation>
    </message>
    <message>
        <source>{name} (1 message)</source>
        <translation>{name}（1 条短信）</translation>
    </message>
    <message>
        <source>{name} — already added</source>
        <translation>{name} — 已添加</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step {n}: {text}</source>
        <translation>第 {n} 步：{text}</translation>
    </message>
    <message>
        <source>{n}.</source>
        <translation>{n}.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Your own steps for {name}</source>
        <translation>您自己写的{name}步骤</translation>
    </message>
    <message>
        <source>Apps change their screens from time to time, so the steps may no longer match what you see. Write the steps the way they work for you, one step on each line. Ringoff will show your steps from now on, and you can go back to its own steps at any time.</source>
        <translation>应用时不时会改版，所以这些步骤可能和您看到的不一样了。请按您实际操作的方法写下步骤，每行写一步。以后 Ringoff 会显示您写的步骤，您也可以随时改回它原来的步骤。</translation>
    </message>
    <message>
        <source>&amp;What did you see? (optional, kept in your notes)</source>
        <translation>您看到了什么？（可选，会保存在您的备注里）(&amp;W)</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>您看到的情况</translation>
    </message>
    <message>
        <source>Steps in Chinese (one per line, optional)</source>
        <translation>中文步骤（每行一步，可选）</translation>
    </message>
    <message>
        <source>Steps in English (one per line, optional)</source>
        <translation>英文步骤（每行一步，可选）</translation>
    </message>
    <message>
        <source>Save my steps</source>
        <translation>保存我的步骤</translation>
    </message>
    <message>
        <source>Save my own steps</source>
        <translation>保存我自己写的步骤</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>取消，不保存</translation>
    </message>
</context>
<context>
    <name>TickedList</name>
    <message>
        <source>Add the ticked ones ({n})</source>
        <extracomment>What waits for a page&apos;s first paint runs after this at the latest (a hidden window).</extracomment>
        <translation>添加勾选的项目（{n}）</translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation>还没有勾选</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>In mainland China, the telecom service rules allow a carrier to give a cancelled number to someone else 90 days after it is cancelled.</source>
        <extracomment>Days between the &quot;last comfortable day&quot; and the cancellation day, unless the caller says. How many accounts a person can reasonably move in a day (the plan&apos;s pace for warnings). Bounds for a rule the user sets: at least one day, at most ten years.</extracomment>
        <translation>在中国大陆，按照电信服务的规定，号码注销 90 天后，运营商可以把它重新分配给别人（重新放号）。</translation>
    </message>
    <message>
        <source>Unconfirmed: news reports say that a number with unpaid bills is suspended after about 30 days and closed about 60 days later. We found no official rule that says this, so Ringoff does not use it to work out dates.</source>
        <translation>未经证实：有新闻报道说，欠费的号码大约 30 天后会被停机，再过大约 60 天会被销号。我们没有找到这样的官方规定，所以 Ringoff 不用它来计算日期。</translation>
    </message>
    <message>
        <source>In the United States, FCC rules say a disconnected number must wait at least 45 days before it goes to someone new, and a home number at most 90 days.</source>
        <translation>在美国，按照 FCC 的规定，断开的号码至少要等 45 天才能分配给新用户，住宅号码最多等 90 天。</translation>
    </message>
    <message>
        <source>In India, numbers are reported to be given to new customers after about 90 days. This is an estimate, not a fixed rule.</source>
        <translation>在印度，据报道号码大约 90 天后会分配给新用户。这只是估计，不是固定的规定。</translation>
    </message>
    <message>
        <source>We know of no fixed rule for this country. To be safe, Ringoff assumes the number could go to someone else 30 days after it is cancelled.</source>
        <translation>我们不知道这个国家有固定的规定。为了稳妥，Ringoff 假定号码注销 30 天后就可能被重新分配给别人。</translation>
    </message>
    <message>
        <source>You set this yourself: {days} days after cancellation.</source>
        <translation>这是您自己设定的：注销后 {days} 天。</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today: {date}.</source>
        <translation>今天：{date}。</translation>
    </message>
    <message>
        <source>The cancellation date is not decided yet. Once it is, Ringoff shows when to finish and when the number may go to someone else.</source>
        <translation>注销日期还没有定。定下来后，Ringoff 会显示您应该在什么时候之前办完，以及号码什么时候可能被重新分配给别人。</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>在此之前办完</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Reused from</source>
        <translation>可能重新放号</translation>
    </message>
    <message>
        <source>Aim to finish by {date} ({relative}).</source>
        <translation>争取在 {date}（{relative}）之前办完。</translation>
    </message>
    <message>
        <source>The number is cancelled on {date} ({relative}).</source>
        <translation>这个号码将于 {date}（{relative}）注销。</translation>
    </message>
    <message>
        <source>It may go to someone else from {date} ({relative}).</source>
        <translation>从 {date}（{relative}）起，这个号码可能被重新分配给别人。</translation>
    </message>
    <message>
        <source>This is a rule.</source>
        <translation>这是正式规定。</translation>
    </message>
    <message>
        <source>This is not confirmed by an official rule.</source>
        <translation>这一点没有得到官方规定的证实。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Ringoff</source>
        <translation>Ringoff</translation>
    </message>
    <message>
        <source>Ringoff menu</source>
        <translation>Ringoff 菜单</translation>
    </message>
    <message>
        <source>Open Ringoff</source>
        <translation>打开 Ringoff</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation>欢迎回来</translation>
    </message>
    <message>
        <source>Why Ringoff is locked</source>
        <translation>Ringoff 为什么锁定了</translation>
    </message>
    <message>
        <source>Type your passphrase to see your numbers and accounts.</source>
        <translation>请输入密码，查看您的号码和账号。</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>For example 7K3M Q9XA …</source>
        <translation>例如 7K3M Q9XA …</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>恢复码(&amp;R)</translation>
    </message>
    <message>
        <source>It is printed in your Emergency Kit: 14 groups of 4 letters and digits.</source>
        <translation>恢复码印在您的应急备忘单上：共 14 组，每组 4 个字母或数字。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>正在解锁，请稍候</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>改用我的恢复码</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>改用我的密码</translation>
    </message>
    <message>
        <source>Type the recovery key from your Emergency Kit. Afterwards you can choose a new passphrase in Settings.</source>
        <translation>请输入应急备忘单上的恢复码。解锁后，您可以在“设置”里设一个新密码。</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>请输入您的恢复码。</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <source>Step by step</source>
        <translation>一步一步来</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>继续处理{name}</translation>
    </message>
    <message>
        <source>Start with {name}</source>
        <translation>从{name}开始</translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation>查看总结</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {name}</source>
        <translation>第 {n} 步，共 {total} 步：{name}</translation>
    </message>
    <message>
        <source>Previous account</source>
        <translation>上一个账号</translation>
    </message>
    <message>
        <source>Previous account (Alt+Left)</source>
        <translation>上一个账号（Alt+左方向键）</translation>
    </message>
    <message>
        <source>Next account</source>
        <translation>下一个账号</translation>
    </message>
    <message>
        <source>Next account (Alt+Right)</source>
        <translation>下一个账号（Alt+右方向键）</translation>
    </message>
    <message>
        <source>Back to the plan</source>
        <translation>返回解绑计划</translation>
    </message>
    <message>
        <source>Ringoff doesn&apos;t have a guide for {name}, so these are general steps that work for most apps and banks. The words on your screen may be a little different.</source>
        <translation>Ringoff 没有{name}的专门指南，下面是适用于大多数应用和银行的一般步骤。您屏幕上的文字可能会稍有不同。</translation>
    </message>
    <message>
        <source>Ringoff has no steps for this. Look in the app&apos;s settings for the phone number, or ask the service&apos;s customer service.</source>
        <translation>Ringoff 没有这方面的步骤。请在应用的设置里找手机号码，或者问问这个服务的客服。</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>&amp;Or choose something else:</source>
        <translation>或者选择别的做法(&amp;O)：</translation>
    </message>
    <message>
        <source>What to do with this account</source>
        <translation>这个账号要怎么处理</translation>
    </message>
    <message>
        <source>It can&apos;t be done this way: what still works</source>
        <translation>这样办不了：还可以这样做</translation>
    </message>
    <message>
        <source>What you need before you start</source>
        <translation>开始之前需要准备什么</translation>
    </message>
    <message>
        <source>Nothing special: just your phone.</source>
        <translation>不需要特别准备什么，有手机就行。</translation>
    </message>
    <message>
        <source>The old number already doesn&apos;t work</source>
        <translation>旧号码已经不能用了</translation>
    </message>
    <message>
        <source>The old number already doesn&apos;t work: show the other way</source>
        <translation>旧号码已经不能用了：显示另一种办法</translation>
    </message>
    <message>
        <source>Tick this if the old SIM card is gone or no longer gets texts: the steps below change to a way that does not need it.</source>
        <translation>如果旧 SIM 卡已经没有了，或者收不到短信了，请勾选这里：下面的步骤会换成不需要旧号码的办法。</translation>
    </message>
    <message>
        <source>Tick this if the old SIM card is gone or no longer gets texts, and Ringoff will tell you what usually works.</source>
        <translation>如果旧 SIM 卡已经没有了，或者收不到短信了，请勾选这里，Ringoff 会告诉您通常可行的办法。</translation>
    </message>
    <message>
        <source>Your own steps</source>
        <translation>您自己写的步骤</translation>
    </message>
    <message>
        <source>The steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>The steps when the old number doesn&apos;t work</source>
        <translation>旧号码不能用时的步骤</translation>
    </message>
    <message>
        <source>You wrote these steps yourself, so they match what you saw.</source>
        <translation>这些步骤是您自己写的，所以和您看到的一致。</translation>
    </message>
    <message>
        <source>Tick each step when you have done it. It is saved at once.</source>
        <translation>每做完一步就勾选一下，会马上保存。</translation>
    </message>
    <message>
        <source>Good to know: {note}</source>
        <translation>小提示：{note}</translation>
    </message>
    <message>
        <source>This didn&apos;t work, or the app looks different…</source>
        <translation>这样做不行，或者应用看起来不一样…</translation>
    </message>
    <message>
        <source>Go back to Ringoff&apos;s steps</source>
        <translation>改回 Ringoff 的步骤</translation>
    </message>
    <message>
        <source>Your notes: {notes}</source>
        <translation>您的备注：{notes}</translation>
    </message>
    <message>
        <source>Last step: check that it worked</source>
        <translation>最后一步：检查是否成功</translation>
    </message>
    <message>
        <source>Sign out and sign in again with the new number. Or ask the app to send you a code, and see which phone receives it.</source>
        <translation>退出登录，再用新号码重新登录。或者让应用给您发一条验证码，看看是哪部手机收到的。</translation>
    </message>
    <message>
        <source>Open the account&apos;s settings again and check that the old number is no longer listed, and that you can still sign in another way (email or password).</source>
        <translation>再打开账号设置，确认旧号码已经不在了，并且还能用别的方式（邮箱或密码）登录。</translation>
    </message>
    <message>
        <source>Try to sign in: the service should say the account no longer exists, or send you a message that it was closed.</source>
        <translation>试着登录：服务应该提示账号已不存在，或者给您发来账号已注销的通知。</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>办得怎么样？</translation>
    </message>
    <message>
        <source>You noted that it can&apos;t be done: {reason}</source>
        <translation>您记下了无法完成的原因：{reason}</translation>
    </message>
    <message>
        <source>Done, it worked</source>
        <translation>已完成，成功了</translation>
    </message>
    <message>
        <source>{name} is done; go to the next account</source>
        <translation>{name}已完成，去下一个账号</translation>
    </message>
    <message>
        <source>Can&apos;t be done…</source>
        <translation>无法完成…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Not now: back to the plan</source>
        <translation>以后再说：返回解绑计划</translation>
    </message>
    <message>
        <source>What I saw ({date}): {text}</source>
        <translation>我看到的情况（{date}）：{text}</translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation>可以放心注销</translation>
    </message>
    <message>
        <source>You have been through every account that uses this number. When the number is cancelled, none of them will send codes or messages to it any more, so whoever gets it next can&apos;t reach your money or your accounts.</source>
        <translation>用这个号码的账号您都已经处理过了。号码注销后，这些账号都不会再往这个号码发验证码或通知，所以以后拿到这个号码的人，也动不了您的钱和账号。</translation>
    </message>
    <message>
        <source>The phone company may give the number to someone else {when}. Until then, if a text for an account you forgot still reaches you, you can change that one too.</source>
        <translation>运营商可能会在{when}把这个号码重新分配给别人（重新放号）。在那之前，如果还有您忘记的账号给这个号码发短信，您也可以把那个账号一起改掉。</translation>
    </message>
    <message>
        <source>Since {when}, the number may belong to someone else. Your accounts no longer use it.</source>
        <translation>从{when}起，这个号码可能已经属于别人了。您的账号已经不再用它。</translation>
    </message>
    <message>
        <source>The number is to be cancelled {when}.</source>
        <translation>这个号码将于{when}注销。</translation>
    </message>
    <message>
        <source>What&apos;s left, and why</source>
        <translation>还剩下什么，为什么</translation>
    </message>
    <message>
        <source>These could not be done. Keep an eye on them: if one of them sends a text to the old number, it may still be worth a call to them.</source>
        <translation>这些没能完成。请多留意：如果其中哪个还往旧号码发短信，也许还值得给他们打个电话。</translation>
    </message>
    <message>
        <source>no reason written down</source>
        <translation>没有写原因</translation>
    </message>
    <message>
        <source>•  {name}: {reason}</source>
        <translation>•  {name}：{reason}</translation>
    </message>
    <message>
        <source>See the plan</source>
        <translation>查看解绑计划</translation>
    </message>
    <message>
        <source>Back to your numbers</source>
        <translation>返回您的号码</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>A number</source>
        <translation>一个号码</translation>
    </message>
    <message>
        <source>My number</source>
        <translation>我的号码</translation>
    </message>
    <message>
        <source>{name}&apos;s number</source>
        <translation>{name}的号码</translation>
    </message>
    <message>
        <source>The plan for {number}</source>
        <translation>{number} 的解绑计划</translation>
    </message>
    <message>
        <source>The plan for my number {number}</source>
        <translation>我的号码 {number} 的解绑计划</translation>
    </message>
    <message>
        <source>The plan for {person}&apos;s number {number}</source>
        <translation>{person}的号码 {number} 的解绑计划</translation>
    </message>
    <message>
        <source>Added 1 sender. You can paste more, or close this window.</source>
        <translation>已添加 1 个发送方。您可以继续粘贴，或者关闭这个窗口。</translation>
    </message>
    <message>
        <source>Added {n} senders. You can paste more, or close this window.</source>
        <translation>已添加 {n} 个发送方。您可以继续粘贴，或者关闭这个窗口。</translation>
    </message>
</context>
</TS>
