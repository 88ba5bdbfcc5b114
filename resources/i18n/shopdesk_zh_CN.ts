<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Alerts</name>
    <message>
        <source>Bounce rate is {value}% this month (keep it under 70%, good shops stay under 60%)</source>
        <translation>本月跳失率 {value}%（应低于 70%，优秀店铺低于 60%）</translation>
    </message>
    <message>
        <source>Visit depth is {value} pages this month (aim for over 2.5, good is over 3.5)</source>
        <translation>本月访问深度 {value} 页（应高于 2.5，优秀为 3.5 以上）</translation>
    </message>
    <message>
        <source>Average order value ¥{value} is under 1.3 × the AOV of the hero product {product}, ¥{hero} (¥{floor})</source>
        <translation>客单价 ¥{value} 低于主推款 {product} 客单价 ¥{hero} 的 1.3 倍（¥{floor}）</translation>
    </message>
    <message>
        <source>Average order value ¥{value} is under 1.3 × the hero product's ¥{hero} (¥{floor})</source>
        <translation>客单价 ¥{value} 低于主推款客单价 ¥{hero} 的 1.3 倍（¥{floor}）</translation>
    </message>
    <message>
        <source>{name} converts {value}% of inquiries, below the team's {average}%</source>
        <translation>{name} 的询单转化率 {value}%，低于客服平均 {average}%</translation>
    </message>
    <message>
        <source>{name} entered no figures yesterday ({day})</source>
        <translation>{name} 昨天（{day}）没有录入数据</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <source>Cooperation</source>
        <translation>合作精神</translation>
    </message>
    <message>
        <source>Enthusiasm</source>
        <translation>工作热情</translation>
    </message>
    <message>
        <source>Responsibility and loyalty</source>
        <translation>责任心与忠诚度</translation>
    </message>
</context>
<context>
    <name>AppraisalBreakdown</name>
    <message>
        <source>Measured</source>
        <translation>量化指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>定性评价</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Figures {quant} × {qs}% + ratings {qual} × {rs}% = &lt;b&gt;{score}&lt;/b&gt; → grade &lt;b&gt;{grade}&lt;/b&gt; (bonus × {mult})</source>
        <translation>量化 {quant} × {qs}% + 定性 {qual} × {rs}% = &lt;b&gt;{score}&lt;/b&gt; → 等级 &lt;b&gt;{grade}&lt;/b&gt;（奖金系数 × {mult}）</translation>
    </message>
    <message>
        <source>Preview: {text}</source>
        <translation>预览：{text}</translation>
    </message>
    <message>
        <source>Figures score {quant} so far; the total needs the ratings.</source>
        <translation>量化目前得分 {quant}；评分后才有总分。</translation>
    </message>
    <message>
        <source>No target or figures, left out: {names}</source>
        <translation>没有目标或数据，未计入：{names}</translation>
    </message>
    <message>
        <source>Not rated yet: {names}</source>
        <translation>尚未评分：{names}</translation>
    </message>
</context>
<context>
    <name>AppraisalHistoryView</name>
    <message>
        <source>No final appraisal yet.</source>
        <translation>还没有定稿的考核。</translation>
    </message>
</context>
<context>
    <name>AppraisalNotice</name>
    <message>
        <source>My appraisal…</source>
        <translation>我的考核…</translation>
    </message>
    <message>
        <source>Your self-assessment for {period} is waiting.</source>
        <translation>{period} 的自评等你填写。</translation>
    </message>
    <message>
        <source>Appraisal {period}: score {score}, grade {grade}.</source>
        <translation>{period} 考核：{score} 分，等级 {grade}。</translation>
    </message>
    <message>
        <source>No appraisal is open for you.</source>
        <translation>目前没有需要你填写的考核。</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <source>2026-11 or 2026-Q4</source>
        <translation>2026-11 或 2026-Q4</translation>
    </message>
    <message>
        <source>Open round</source>
        <translation>发起考核</translation>
    </message>
    <message>
        <source>Scheme…</source>
        <translation>考核方案…</translation>
    </message>
    <message>
        <source>What {dept} is judged on, the split, grade bands and multipliers</source>
        <translation>{dept}的考核内容、量化与定性比例、等级分数线和奖金系数</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>删除考核期</translation>
    </message>
    <message>
        <source>Take back a round opened by mistake (only while nothing in it is final)</source>
        <translation>撤回误发起的考核（仅在尚无定稿时）</translation>
    </message>
    <message>
        <source>Finalise all reviewed</source>
        <translation>全部已评的定稿</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>No self-assessment yet</source>
        <translation>尚未提交自评</translation>
    </message>
    <message>
        <source>Your comments (the person sees them once final)</source>
        <translation>你的评语（定稿后本人可见）</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存评审</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Re-open</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Figures and score</source>
        <translation>数据与得分</translation>
    </message>
    <message>
        <source>Their self-assessment</source>
        <translation>本人自评</translation>
    </message>
    <message>
        <source>Ratings: theirs → yours</source>
        <translation>评分：自评 → 你的评分</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>{period} · {final} of {people} final</source>
        <translation>{period} · 已定稿 {final}/{people}</translation>
    </message>
    <message>
        <source>{name} — {period}</source>
        <translation>{name} — {period}</translation>
    </message>
    <message>
        <source>{item} (self: {rating})</source>
        <translation>{item}（自评：{rating}）</translation>
    </message>
    <message>
        <source>Figures so far (to {today}; {period} ends {end})</source>
        <translation>截至目前的数据（到 {today}；{period} 于 {end} 结束）</translation>
    </message>
    <message>
        <source>Finalise {n} appraisal(s)? The score and grade are then locked and used by the payroll.</source>
        <translation>定稿 {n} 份考核？定稿后分数和等级锁定，并用于工资计算。</translation>
    </message>
    <message>
        <source>{period} is not over yet: the figures so far are what will be scored.</source>
        <translation>{period} 尚未结束：将按截至目前的数据计分。</translation>
    </message>
    <message>
        <source>Delete the round for {period} with everyone's self-assessment and review in it?</source>
        <translation>删除 {period} 的考核，以及其中所有人的自评和评审？</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance {month}</source>
        <translation>{month} 考勤</translation>
    </message>
    <message>
        <source>Import 钉钉 / 企业微信 summary…</source>
        <translation>导入钉钉 / 企业微信月度汇总…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{due} working days due. Type or paste (Ctrl+V from Excel) unpaid days (事假/旷工, in half days such as 1.5) and late arrivals. Each change is saved at once; Ctrl+Z takes it back, Delete clears the selected cells.</source>
        <translation>本月应出勤 {due} 天。输入或粘贴（从 Excel 复制后按 Ctrl+V）事假/旷工天数（以半天计，如 1.5）和迟到次数。每处修改立即保存；按 Ctrl+Z 可撤销，按删除键清除选中的单元格。</translation>
    </message>
    <message>
        <source>paste 1 cell</source>
        <translation>粘贴 1 个单元格</translation>
    </message>
    <message>
        <source>paste {n} cells</source>
        <translation>粘贴 {n} 个单元格</translation>
    </message>
    <message>
        <source>clear 1 cell</source>
        <translation>清除 1 个单元格</translation>
    </message>
    <message>
        <source>clear {n} cells</source>
        <translation>清除 {n} 个单元格</translation>
    </message>
    <message>
        <source>edit {column} for {who}</source>
        <translation>修改 {who} 的{column}</translation>
    </message>
    <message>
        <source>Import attendance summary</source>
        <translation>导入考勤汇总</translation>
    </message>
    <message>
        <source>Attendance summaries (*.xlsx *.xls *.csv)</source>
        <translation>考勤汇总 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>{n} people's attendance imported.</source>
        <translation>已导入 {n} 人的考勤。</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Unpaid days</source>
        <translation>事假/旷工天数</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>迟到次数</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>恢复在职</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>设为离职</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>person</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>pay rule</source>
        <translation>提成/奖金规则</translation>
    </message>
    <message>
        <source>payroll</source>
        <translation>工资表</translation>
    </message>
    <message>
        <source>pay adjustment</source>
        <translation>工资调整</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>base salary</source>
        <translation>底薪</translation>
    </message>
    <message>
        <source>hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>open</source>
        <translation>发起</translation>
    </message>
    <message>
        <source>review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>appraisal round</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>appraisal scheme</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>appraisal grade</source>
        <translation>考核等级</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN 或密码</translation>
    </message>
    <message>
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>set a PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>set a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>daily figures</source>
        <translation>每日实绩</translation>
    </message>
    <message>
        <source>{who} added {what}</source>
        <translation>{who} 新增了{what}</translation>
    </message>
    <message>
        <source>{who} removed {what}</source>
        <translation>{who} 删除了{what}</translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation>{who} 修改了{what}</translation>
    </message>
    <message>
        <source>{who} set {what}</source>
        <translation>{who} 设置了{what}</translation>
    </message>
    <message>
        <source>{who} took {what} back on the team</source>
        <translation>{who} 让{what}重新在职</translation>
    </message>
    <message>
        <source>{who} deactivated {what}</source>
        <translation>{who} 停用了{what}</translation>
    </message>
    <message>
        <source>{who} approved and locked {what}</source>
        <translation>{who} 审批并锁定了{what}</translation>
    </message>
    <message>
        <source>{who} re-opened {what}</source>
        <translation>{who} 重新打开了{what}</translation>
    </message>
    <message>
        <source>{who} stopped {what}</source>
        <translation>{who} 停止了{what}</translation>
    </message>
    <message>
        <source>{who} opened {what}</source>
        <translation>{who} 开启了{what}</translation>
    </message>
    <message>
        <source>{who} reviewed {what}</source>
        <translation>{who} 评审了{what}</translation>
    </message>
    <message>
        <source>{who} finalised {what}</source>
        <translation>{who} 确定了{what}</translation>
    </message>
    <message>
        <source>{who} restored {what}</source>
        <translation>{who} 恢复了{what}</translation>
    </message>
    <message>
        <source>{who} set the PIN of {what}</source>
        <translation>{who} 设置了{what}的 PIN</translation>
    </message>
    <message>
        <source>{who} imported {what}</source>
        <translation>{who} 导入了{what}</translation>
    </message>
    <message>
        <source>{who} replaced {what}</source>
        <translation>{who} 替换了{what}</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>员工 {name}</translation>
    </message>
    <message>
        <source>the {metric} target of {scope} for {period}</source>
        <translation>{scope} {period} 的{metric}目标</translation>
    </message>
    <message>
        <source>{category} of {person} for {month}</source>
        <translation>{person} {month} 的{category}</translation>
    </message>
    <message>
        <source>the appraisal grade of {person} for {month}</source>
        <translation>{person} {month} 的考核等级</translation>
    </message>
    <message>
        <source>pay rule “{name}”</source>
        <translation>薪酬规则“{name}”</translation>
    </message>
    <message>
        <source>a pay adjustment of {person} for {month}</source>
        <translation>{person} {month} 的一笔调整</translation>
    </message>
    <message>
        <source>the payroll of {month}</source>
        <translation>{month} 的工资</translation>
    </message>
    <message>
        <source>task “{name}”</source>
        <translation>任务“{name}”</translation>
    </message>
    <message>
        <source>an appraisal</source>
        <translation>一份考核</translation>
    </message>
    <message>
        <source>the appraisal round {month}</source>
        <translation>{month} 考核轮次</translation>
    </message>
    <message>
        <source>the appraisal of {person} for {month}</source>
        <translation>{person} {month} 的考核</translation>
    </message>
    <message>
        <source>the appraisal scheme of {department}</source>
        <translation>{department}的考核方案</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>the attendance of {person} for {month}</source>
        <translation>{person} {month} 的考勤</translation>
    </message>
    <message>
        <source>the social insurance and tax settings</source>
        <translation>社保与个税设置</translation>
    </message>
    <message>
        <source>the daily figures of {day}</source>
        <translation>{day} 的每日数据</translation>
    </message>
    <message>
        <source>product {name}</source>
        <translation>商品 {name}</translation>
    </message>
    <message>
        <source>{metric} of {scope} on {day}</source>
        <translation>{scope} {day} 的{metric}</translation>
    </message>
    <message>
        <source>platform files</source>
        <translation>平台文件</translation>
    </message>
    <message>
        <source>pay settings</source>
        <translation>工资设置</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>daily figure</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <source>platform import</source>
        <translation>平台导入</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>the owner's password</source>
        <translation>老板密码</translation>
    </message>
    <message>
        <source>a record ({kind})</source>
        <translation>一条记录（{kind}）</translation>
    </message>
    <message>
        <source>{who} copied {n} deductions from {source} into {month}</source>
        <translation>{who} 把 {source} 的 {n} 项扣款复制到 {month}</translation>
    </message>
    <message>
        <source>{field} from {old} to {new}</source>
        <translation>{field}从 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation>从 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>to {new}</source>
        <translation>为 {new}</translation>
    </message>
    <message>
        <source>{metric} of {scope}</source>
        <translation>{scope}{metric}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{sentence}: {changes}</source>
        <translation>{sentence}：{changes}</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>on the team</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>breakdown</source>
        <translation>分解</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>net pay</source>
        <translation>实发合计</translation>
    </message>
    <message>
        <source>gross pay</source>
        <translation>应发合计</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>for</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>tier mode</source>
        <translation>阶梯方式</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>social insurance rate</source>
        <translation>社保比例</translation>
    </message>
    <message>
        <source>housing fund rate</source>
        <translation>公积金比例</translation>
    </message>
    <message>
        <source>income tax</source>
        <translation>个税</translation>
    </message>
    <message>
        <source>minimum wage</source>
        <translation>最低工资</translation>
    </message>
    <message>
        <source>unpaid days</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <source>late arrivals</source>
        <translation>迟到次数</translation>
    </message>
    <message>
        <source>leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>social insurance base</source>
        <translation>社保基数</translation>
    </message>
    <message>
        <source>housing fund base</source>
        <translation>公积金基数</translation>
    </message>
    <message>
        <source>special deduction</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>figure parts</source>
        <translation>数据明细</translation>
    </message>
    <message>
        <source>new products</source>
        <translation>新商品</translation>
    </message>
    <message>
        <source>typed figures replaced</source>
        <translation>替换的手填数据</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手工填写</translation>
    </message>
    <message>
        <source>the shop workbook</source>
        <translation>店铺工作簿</translation>
    </message>
    <message>
        <source>a platform file</source>
        <translation>平台文件</translation>
    </message>
    <message>
        <source>own figures</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>department's</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>whole shop's</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>retroactive</source>
        <translation>全额累进</translation>
    </message>
    <message>
        <source>marginal</source>
        <translation>超额累进</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全员</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>evenly</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>by working days</source>
        <translation>按工作日</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>美工</translation>
    </message>
    <message>
        <source>credited from</source>
        <translation>计入起始日</translation>
    </message>
    <message>
        <source>platform accounts</source>
        <translation>平台账号</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Find a name or value…</source>
        <translation>查找姓名或数值…</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Show the stored record</source>
        <translation>显示原始记录</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>{n} changes shown</source>
        <translation>显示 {n} 条修改</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Ranking by {metric} achievement</source>
        <translation>{metric}达成率排行榜</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Month-on-month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Year-on-year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Growth of {metric}</source>
        <translation>{metric}增长</translation>
    </message>
    <message>
        <source>{department} · {start} – {end}</source>
        <translation>{department} · {start} 至 {end}</translation>
    </message>
    <message>
        <source>Shop {metric} in {month}: to date, target pace and last year</source>
        <translation>全店{metric}（{month}）：累计、目标进度与去年同月</translation>
    </message>
    <message>
        <source>{name}
Actual {actual}
Target {target}
Achieved {pct}</source>
        <translation>{name}
实际 {actual}
目标 {target}
达成 {pct}</translation>
    </message>
    <message>
        <source>{series} {month}: {value}</source>
        <translation>{series} {month}：{value}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Target pace</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>累计实际</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>No figures for this period</source>
        <translation>此期间没有数据</translation>
    </message>
    <message>
        <source>This department has no ratio figures to follow</source>
        <translation>本部门没有需要跟踪的比率指标</translation>
    </message>
    <message>
        <source>{name} · target and actual by month</source>
        <translation>{name} · 各月目标与实际</translation>
    </message>
    <message>
        <source>{name} · {metric} in {month} against the target pace</source>
        <translation>{name} · {month} {metric}与目标进度</translation>
    </message>
    <message>
        <source>{name} · 12-month trend</source>
        <translation>{name} · 近12个月趋势</translation>
    </message>
    <message>
        <source>{month}
(to date)</source>
        <translation>{month}
（至今）</translation>
    </message>
    <message>
        <source>{metric} {month}
Target {target}
Actual {actual}
Achieved {pct}</source>
        <translation>{metric} {month}
目标 {target}
实际 {actual}
达成 {pct}</translation>
    </message>
    <message>
        <source>{series}, day {day}: {value}</source>
        <translation>{series}，{day}日：{value}</translation>
    </message>
    <message>
        <source>{series}, {month}: {value}</source>
        <translation>{series}，{month}：{value}</translation>
    </message>
    <message>
        <source>Limit {value}%</source>
        <translation>上限 {value}%</translation>
    </message>
    <message>
        <source>Good under {value}%</source>
        <translation>优秀：低于 {value}%</translation>
    </message>
    <message>
        <source>At least {value}</source>
        <translation>至少 {value}</translation>
    </message>
    <message>
        <source>Good over {value}</source>
        <translation>优秀：高于 {value}</translation>
    </message>
    <message>
        <source>1.3 × hero product ¥{value}</source>
        <translation>爆款客单价 × 1.3 = ¥{value}</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>底薪</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>扣罚</translation>
    </message>
    <message>
        <source>{name} · earnings by month</source>
        <translation>{name} · 每月收入</translation>
    </message>
    <message>
        <source>No approved pay in this period yet</source>
        <translation>此期间还没有已审批的工资</translation>
    </message>
    <message>
        <source>{amount} (estimate)</source>
        <translation>{amount}（估算）</translation>
    </message>
    <message>
        <source>{part} {month}: {amount}
Gross pay {gross}</source>
        <translation>{part} {month}：{amount}
应发合计 {gross}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>SQLite integrity check and foreign keys</source>
        <translation>SQLite 完整性检查与外键</translation>
    </message>
    <message>
        <source>only ShopDesk's tables, columns and indexes; no triggers or views; every value of its type</source>
        <translation>只有 ShopDesk 的表、列和索引；没有触发器或视图；每个值的类型都正确</translation>
    </message>
    <message>
        <source>column(s) stored as binary floats: {columns}</source>
        <translation>以二进制浮点数存储的列：{columns}</translation>
    </message>
    <message>
        <source>every amount is stored as an exact integer</source>
        <translation>所有金额都以精确整数存储</translation>
    </message>
    <message>
        <source>{count} backup(s) in {folder}, newest {made}</source>
        <translation>{folder} 中有 {count} 个备份，最新的是 {made}</translation>
    </message>
    <message>
        <source>this is not a ShopDesk database (no schema version)</source>
        <translation>这不是 ShopDesk 数据库（没有结构版本）</translation>
    </message>
    <message>
        <source>ok: {line}</source>
        <translation>正常：{line}</translation>
    </message>
    <message>
        <source>PROBLEM: {line}</source>
        <translation>问题：{line}</translation>
    </message>
    <message>
        <source>note: no backups yet in {folder}</source>
        <translation>提示：{folder} 中还没有备份</translation>
    </message>
    <message>
        <source>schema version {revision} differs from this program's {head}</source>
        <translation>结构版本 {revision} 与本程序的 {head} 不同</translation>
    </message>
    <message>
        <source>schema version {revision}</source>
        <translation>结构版本 {revision}</translation>
    </message>
    <message>
        <source>{count} figure(s) whose person does not match their scope</source>
        <translation>有 {count} 个数据的人员与其范围不符</translation>
    </message>
    <message>
        <source>{count} negative figure(s)</source>
        <translation>有 {count} 个负数数据</translation>
    </message>
    <message>
        <source>{count} day(s) with more {part} than {whole}</source>
        <translation>有 {count} 天的{part}多于{whole}</translation>
    </message>
    <message>
        <source>{count} percentage figure(s) over 100 %</source>
        <translation>有 {count} 个百分比数据超过 100%</translation>
    </message>
    <message>
        <source>{count} daily figures consistent</source>
        <translation>{count} 个每日数据一致</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>an argument holds a NUL character</source>
        <translation>有一个参数含有 NUL 字符</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>缺少：{names}</translation>
    </message>
    <message>
        <source>not understood: {names}; see --help</source>
        <translation>无法识别：{names}；请查看 --help</translation>
    </message>
    <message>
        <source>{arg}: {value} is not a whole number</source>
        <translation>{arg}：{value} 不是整数</translation>
    </message>
    <message>
        <source>{arg}: {value} is not one of {choices}</source>
        <translation>{arg}：{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{arg} needs a value</source>
        <translation>{arg} 需要一个值</translation>
    </message>
    <message>
        <source>{arg} takes no value ({value})</source>
        <translation>{arg} 不带值（{value}）</translation>
    </message>
    <message>
        <source>{arg} could mean {choices}</source>
        <translation>{arg} 可能指 {choices}</translation>
    </message>
    <message>
        <source>the database was written by a newer ShopDesk (schema {revision}); install the newer version. Nothing was changed.</source>
        <translation>数据库由更新版本的 ShopDesk 写入（结构版本 {revision}）；请安装新版本。没有做任何修改。</translation>
    </message>
    <message>
        <source>--db {db} is neither a shop file nor a postgresql+psycopg:// address</source>
        <translation>--db {db} 既不是店铺文件，也不是 postgresql+psycopg:// 地址</translation>
    </message>
    <message>
        <source>the database cannot be used: {reason}</source>
        <translation>数据库无法使用：{reason}</translation>
    </message>
    <message>
        <source>cannot use {file}: {reason}</source>
        <translation>无法使用 {file}：{reason}</translation>
    </message>
    <message>
        <source>for a PostgreSQL database use pg_dump</source>
        <translation>PostgreSQL 数据库请用 pg_dump 备份</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>--to {path} is a folder; name the backup file</source>
        <translation>--to {path} 是文件夹；请写出备份文件名</translation>
    </message>
    <message>
        <source>{path} is not a regular file; name a file to write</source>
        <translation>{path} 不是普通文件；请写出要写入的文件名</translation>
    </message>
    <message>
        <source>--to: the folder {folder} does not exist</source>
        <translation>--to：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>backup written to {path} (verified)</source>
        <translation>备份已写入 {path}（已校验）</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation>发现 {count} 个问题</translation>
    </message>
    <message>
        <source>updated {db} from schema {old} to {new} (backup first: {copy})</source>
        <translation>已把 {db} 的结构从 {old} 更新到 {new}（先做了备份：{copy}）</translation>
    </message>
    <message>
        <source>updated {db} from schema {old} to {new}</source>
        <translation>已把 {db} 的结构从 {old} 更新到 {new}</translation>
    </message>
    <message>
        <source>password for {server}: </source>
        <translation>{server} 的密码：</translation>
    </message>
    <message>
        <source>--staff must be 4 to {staff} and --months 1 to {months}</source>
        <translation>--staff 须为 4 至 {staff}，--months 须为 1 至 {months}</translation>
    </message>
    <message>
        <source>--db {path} is a folder; name the shop file</source>
        <translation>--db {path} 是文件夹；请写出店铺文件名</translation>
    </message>
    <message>
        <source>--db: the folder {folder} does not exist</source>
        <translation>--db：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{db} already holds a shop; choose a new file</source>
        <translation>{db} 中已有店铺；请换一个新文件</translation>
    </message>
    <message>
        <source>demo shop written to {db}: {people} people, figures {start} – {end}</source>
        <translation>演示店铺已写入 {db}：{people} 人，数据 {start} 至 {end}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>shop workbook written to {path} ({rows} rows)</source>
        <translation>店铺工作簿已写入 {path}（{rows} 行）</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{problem}; nothing was written</source>
        <translation>{problem}；没有写入任何内容</translation>
    </message>
    <message>
        <source>… and {count} more problem(s)</source>
        <translation>……另有 {count} 个问题</translation>
    </message>
    <message>
        <source>{count} problem(s) found; nothing was written</source>
        <translation>发现 {count} 个问题；没有写入任何内容</translation>
    </message>
    <message>
        <source>, attendance for {count} people-months</source>
        <translation>，{count} 人月的考勤</translation>
    </message>
    <message>
        <source>imported {book} into {db}: {staff} people changed, {targets} targets set, {figures} daily figures ({replaced} replaced), {rules} rules, {tasks} tasks{attendance}</source>
        <translation>已把 {book} 导入 {db}：修改 {staff} 人，设置 {targets} 个目标，{figures} 个每日数据（替换 {replaced} 个），{rules} 条规则，{tasks} 个任务{attendance}</translation>
    </message>
    <message>
        <source>--day: '{day}' is not a date (YYYY-MM-DD)</source>
        <translation>--day：“{day}”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>试运行：没有写入任何内容</translation>
    </message>
    <message>
        <source>nothing changed: these files were imported before</source>
        <translation>没有变化：这些文件以前已导入</translation>
    </message>
    <message>
        <source>written: {figures} daily figures changed, {products} products added, {replaced} typed figures replaced</source>
        <translation>已写入：{figures} 个每日数据有变化，新增 {products} 个商品，替换 {replaced} 个手工数据</translation>
    </message>
    <message>
        <source>{file}: {kind} — header on row {header}; {read} rows read, {used} used, skipped: {skipped}; {days}</source>
        <translation>{file}：{kind} — 表头在第 {header} 行；读取 {read} 行，使用 {used} 行，跳过：{skipped}；{days}</translation>
    </message>
    <message>
        <source>{n} units sold of products without a designer</source>
        <translation>没有设计师的商品售出 {n} 件</translation>
    </message>
    <message>
        <source>{n} new products (no designer yet)</source>
        <translation>{n} 个新商品（还没有设计师）</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>conflict: {day} {scope} {metric}: {source} {old} vs {new}</source>
        <translation>冲突：{day} {scope} {metric}：{source} {old}，文件为 {new}</translation>
    </message>
    <message>
        <source>--db must name an existing shop file ({db})</source>
        <translation>--db 必须是已有的店铺文件（{db}）</translation>
    </message>
    <message>
        <source>  {table}: {n} rows</source>
        <translation>  {table}：{n} 行</translation>
    </message>
    <message>
        <source>copied {rows} rows in {tables} tables to {db}; row counts and money totals for {months} months match</source>
        <translation>已把 {tables} 个表的 {rows} 行复制到 {db}；行数和 {months} 个月的金额合计一致</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}：{message}</translation>
    </message>
    <message>
        <source>{file}:row {row}</source>
        <translation>{file}：第 {row} 行</translation>
    </message>
    <message>
        <source>{command}: {message}</source>
        <translation>{command}：{message}</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘只读</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>已经存在</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>name the file to write</source>
        <translation>请写出要写入的文件名</translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write</source>
        <translation>{path} 是文件夹；请写出要写入的文件名</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist; nothing was written</source>
        <translation>文件夹 {folder} 不存在；没有写入任何内容</translation>
    </message>
    <message>
        <source>{path} must end in {suffixes}</source>
        <translation>{path} 的扩展名须为 {suffixes}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>nothing can be written in {folder}: {reason}</source>
        <translation>无法在 {folder} 中写入：{reason}</translation>
    </message>
    <message>
        <source>'{period}' is not a month like 2026-11 or a year like 2026</source>
        <translation>“{period}”不是像 2026-11 这样的月份，也不是像 2026 这样的年份</translation>
    </message>
    <message>
        <source>--approve takes a month (YYYY-MM), not a year</source>
        <translation>--approve 只能用于月份（YYYY-MM），不能用于年份</translation>
    </message>
    <message>
        <source>salary register {year} written to {path} ({months} months)</source>
        <translation>{year} 年工资台账已写入 {path}（{months} 个月）</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未审批</translation>
    </message>
    <message>
        <source>payroll {month} ({state}): {people} people, gross {gross}, net {net}; written to {path}</source>
        <translation>{month} 工资（{state}）：{people} 人，应发 {gross}，实发 {net}；已写入 {path}</translation>
    </message>
    <message>
        <source>draft: not approved yet</source>
        <translation>草稿：尚未审批</translation>
    </message>
    <message>
        <source>payslips {month} ({state}): {people} people; written to {path}</source>
        <translation>{month} 工资条（{state}）：{people} 人；已写入 {path}</translation>
    </message>
    <message>
        <source>--password is no longer accepted (it shows in the process list and shell history); set SHOPDESK_PASSWORD or type the password when asked</source>
        <translation>不再接受 --password（它会出现在进程列表和命令历史中）；请设置 SHOPDESK_PASSWORD，或在提示时输入密码</translation>
    </message>
    <message>
        <source>for a PostgreSQL database use pg_restore</source>
        <translation>PostgreSQL 数据库请用 pg_restore 恢复</translation>
    </message>
    <message>
        <source>--db {path} is not a shop file</source>
        <translation>--db {path} 不是店铺文件</translation>
    </message>
    <message>
        <source>backup of {made}: {staff} people, {figures} daily figures (last {last}), {targets} targets</source>
        <translation>{made} 的备份：{staff} 人，{figures} 个每日数据（最后一天 {last}），{targets} 个目标</translation>
    </message>
    <message>
        <source>the owner's password is needed; set SHOPDESK_PASSWORD or run it at a terminal</source>
        <translation>需要店主密码；请设置 SHOPDESK_PASSWORD，或在终端中运行</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>原数据库已保留为 {path}</translation>
    </message>
    <message>
        <source>restored {path} from {name}</source>
        <translation>已从 {name} 恢复 {path}</translation>
    </message>
    <message>
        <source>owner's password: </source>
        <translation>店主密码：</translation>
    </message>
    <message>
        <source>template written to {path}</source>
        <translation>模板已写入 {path}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>database file, or a postgresql+psycopg:// URL</source>
        <translation>数据库文件，或 postgresql+psycopg:// 地址</translation>
    </message>
    <message>
        <source>language of messages and files (default: the one chosen in Settings, else the system's)</source>
        <translation>消息和文件的语言（默认：设置中选择的语言，否则为系统语言）</translation>
    </message>
    <message>
        <source>ShopDesk: targets, tasks and payroll for a small shop.</source>
        <translation>ShopDesk：小店的目标、任务和工资。</translation>
    </message>
    <message>
        <source>language (default: the one chosen in Settings, else the system's)</source>
        <translation>语言（默认：设置中选择的语言，否则为系统语言）</translation>
    </message>
    <message>
        <source>open a freshly generated demo shop</source>
        <translation>打开一个新生成的演示店铺</translation>
    </message>
    <message>
        <source>check this installation on a temporary demo shop, then exit</source>
        <translation>在临时演示店铺上检查本次安装，然后退出</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>make a verified copy of the database</source>
        <translation>制作经过校验的数据库副本</translation>
    </message>
    <message>
        <source>backup file (default: a dated file in the shop's backup folder)</source>
        <translation>备份文件（默认：店铺备份文件夹中带日期的文件）</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>检查数据库的完整性</translation>
    </message>
    <message>
        <source>create a realistic demo shop</source>
        <translation>创建一个逼真的演示店铺</translation>
    </message>
    <message>
        <source>number of people (default 12)</source>
        <translation>人数（默认 12）</translation>
    </message>
    <message>
        <source>months of daily figures (default 13)</source>
        <translation>每日数据的月数（默认 13）</translation>
    </message>
    <message>
        <source>random seed (default 2026)</source>
        <translation>随机种子（默认 2026）</translation>
    </message>
    <message>
        <source>write the shop set-up as a workbook</source>
        <translation>把店铺设置写成工作簿</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>import a shop workbook (all or nothing)</source>
        <translation>导入店铺工作簿（要么全部导入，要么都不导入）</translation>
    </message>
    <message>
        <source>the .xlsx shop workbook</source>
        <translation>.xlsx 店铺工作簿</translation>
    </message>
    <message>
        <source>overwrite figures already stored for the same day, scope and metric</source>
        <translation>覆盖同一天、同一范围、同一指标已有的数据</translation>
    </message>
    <message>
        <source>daily figures from platform exports (Taobao, Tmall, JD, 拼多多, 抖店, 生意参谋, 客服)</source>
        <translation>从平台导出文件导入每日数据（淘宝、天猫、京东、拼多多、抖店、生意参谋、客服）</translation>
    </message>
    <message>
        <source>.csv, .xls or .xlsx exports</source>
        <translation>.csv、.xls 或 .xlsx 导出文件</translation>
    </message>
    <message>
        <source>print what would be written; write nothing</source>
        <translation>显示将要写入的内容；不写入任何内容</translation>
    </message>
    <message>
        <source>overwrite typed or workbook figures for the same day, scope and metric</source>
        <translation>覆盖同一天、同一范围、同一指标的手工或工作簿数据</translation>
    </message>
    <message>
        <source>the day a customer-service file without a 日期 column covers</source>
        <translation>没有日期列的客服文件所对应的日期</translation>
    </message>
    <message>
        <source>copy this shop into an empty PostgreSQL database for several PCs</source>
        <translation>把本店复制到空的 PostgreSQL 数据库，供多台电脑使用</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@host:5432/shop (password from PGPASSWORD, ~/.pgpass, or a prompt)</source>
        <translation>postgresql+psycopg://user@host:5432/shop（密码取自 PGPASSWORD、~/.pgpass 或提示输入）</translation>
    </message>
    <message>
        <source>compute a month's payroll and write its bonus sheet (or a year's register)</source>
        <translation>计算某月工资并写出奖金表（或全年工资台账）</translation>
    </message>
    <message>
        <source>YYYY-MM for a month's bonus sheet, YYYY for the year's salary register</source>
        <translation>YYYY-MM 为某月奖金表，YYYY 为全年工资台账</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>要写入的工作簿</translation>
    </message>
    <message>
        <source>approve and lock the month first</source>
        <translation>先审批并锁定该月</translation>
    </message>
    <message>
        <source>write the month's payslips (工资条) as .xlsx or .pdf</source>
        <translation>把当月工资条写成 .xlsx 或 .pdf</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>write an empty shop workbook to fill in</source>
        <translation>写出一个待填写的空店铺工作簿</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Backup now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>修改记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A checked copy of the shop was saved as
{path}</source>
        <translation>已保存一份经过校验的店铺备份：
{path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>ShopDesk backups (*.shopdesk-backup *.db);;All files (*)</source>
        <translation>ShopDesk 备份 (*.shopdesk-backup *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it is damaged or not a ShopDesk backup.</source>
        <translation>无法恢复 {file}：文件已损坏，或不是 ShopDesk 备份。</translation>
    </message>
    <message>
        <source>Backup of {when}
{staff} people, {figures} daily figures (last day {last}), {targets} targets.

Replace the current shop with it? The current shop is saved as a backup first.</source>
        <translation>备份时间 {when}
{staff} 名员工，{figures} 条每日数据（最后一天 {last}），{targets} 个目标。

用它替换当前店铺数据吗？替换前会先把当前数据另存为一份备份。</translation>
    </message>
    <message>
        <source>Owner's password:</source>
        <translation>老板密码：</translation>
    </message>
    <message>
        <source>The shop was restored. The previous state was kept as
{path}</source>
        <translation>店铺数据已恢复。恢复前的数据已保存为：
{path}</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>This computer (a file)</source>
        <translation>本机（数据文件）</translation>
    </message>
    <message>
        <source>Shop server (PostgreSQL, for several PCs)</source>
        <translation>店铺服务器（PostgreSQL，多台电脑共用）</translation>
    </message>
    <message>
        <source>default: ShopDesk's data folder</source>
        <translation>默认：ShopDesk 数据文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>only to test; asked for at start, never stored</source>
        <translation>仅用于测试；启动时询问，从不保存</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>In use now: {db}</source>
        <translation>当前使用：{db}</translation>
    </message>
    <message>
        <source>Shop file</source>
        <translation>店铺文件</translation>
    </message>
    <message>
        <source>ShopDesk database (*.db)</source>
        <translation>ShopDesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>连接成功。</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未连接：{reason}</translation>
    </message>
</context>
<context>
    <name>Deductions</name>
    <message>
        <source>Social insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>个税</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>其他扣款</translation>
    </message>
</context>
<context>
    <name>DeductionsDialog</name>
    <message>
        <source>Deductions {month}</source>
        <translation>扣款 {month}</translation>
    </message>
    <message>
        <source>Type or paste from Excel (Ctrl+V). Grey amounts are what ShopDesk computes; a typed amount replaces it for that person's month. Each change is saved at once; Ctrl+Z takes it back, Delete clears the selected amounts.</source>
        <translation>可直接输入或从 Excel 粘贴（Ctrl+V）。灰色金额是 ShopDesk 自动计算的；输入的金额会替换该员工当月的计算值。每次修改立即保存；按 Ctrl+Z 可撤销，按删除键清除选中的金额。</translation>
    </message>
    <message>
        <source>{month} is approved and locked; re-open it to change it.</source>
        <translation>{month} 已审批并锁定；如需修改，请先重新打开。</translation>
    </message>
    <message>
        <source>paste 1 deduction</source>
        <translation>粘贴 1 项扣款</translation>
    </message>
    <message>
        <source>paste {n} deductions</source>
        <translation>粘贴 {n} 项扣款</translation>
    </message>
    <message>
        <source>clear 1 deduction</source>
        <translation>清除 1 项扣款</translation>
    </message>
    <message>
        <source>clear {n} deductions</source>
        <translation>清除 {n} 项扣款</translation>
    </message>
    <message>
        <source>edit {category} for {who}</source>
        <translation>修改{who}的{category}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{who}, {category}: {error}</source>
        <translation>{who}，{category}：{error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DeductionsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>DepartmentPerformancePage</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Ranked by</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>DepartmentTab</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Daily figures</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>My performance</source>
        <translation>我的业绩</translation>
    </message>
</context>
<context>
    <name>Departments</name>
    <message>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>ShopDesk ran into an unexpected problem. Everything you saved before this moment is safe in the database. If it happens again, copy the report below and send it to whoever looks after ShopDesk for you.</source>
        <translation>ShopDesk 遇到了意外问题。在此之前保存的所有内容都安全地保存在数据库中。如果再次出现，请复制下面的报告，发给帮您维护 ShopDesk 的人。</translation>
    </message>
    <message>
        <source>The log file is {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>ShopDesk</source>
        <translation>ShopDesk</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>this appraisal was changed by someone else; reload and try again</source>
        <translation>这份考核已被他人修改，请刷新后重试</translation>
    </message>
    <message>
        <source>you may not see this department's appraisal scheme</source>
        <translation>你无权查看该部门的考核方案</translation>
    </message>
    <message>
        <source>'{text}' is not a period (use 2026-Q4 or 2026-11)</source>
        <translation>“{text}”不是有效期间（例如 2026-Q4 或 2026-11）</translation>
    </message>
    <message>
        <source>appraisals are for a month or a quarter</source>
        <translation>考核按月或按季度进行</translation>
    </message>
    <message>
        <source>{period} has not started yet</source>
        <translation>{period} 尚未开始</translation>
    </message>
    <message>
        <source>a round for {period} is already open</source>
        <translation>{period} 的考核已经发起</translation>
    </message>
    <message>
        <source>appraisal round #{id} not found</source>
        <translation>找不到考核期 #{id}</translation>
    </message>
    <message>
        <source>{period} has final results; re-open them first</source>
        <translation>{period} 已有定稿结果，请先重新打开</translation>
    </message>
    <message>
        <source>only the owner may do this: {what}</source>
        <translation>只有老板可以执行此操作：{what}</translation>
    </message>
    <message>
        <source>appraisal #{id} not found</source>
        <translation>找不到考核 #{id}</translation>
    </message>
    <message>
        <source>'{metric}' is not in this appraisal</source>
        <translation>“{metric}”不在本次考核中</translation>
    </message>
    <message>
        <source>rate '{item}' first</source>
        <translation>请先为“{item}”评分</translation>
    </message>
    <message>
        <source>write a few words first</source>
        <translation>请先写几句总结</translation>
    </message>
    <message>
        <source>keep it under {n} characters</source>
        <translation>请不要超过 {n} 个字</translation>
    </message>
    <message>
        <source>you may fill in only your own self-assessment</source>
        <translation>你只能填写自己的自评</translation>
    </message>
    <message>
        <source>this appraisal is final and locked</source>
        <translation>这份考核已定稿并锁定</translation>
    </message>
    <message>
        <source>you may not do this in this department: {what}</source>
        <translation>您无权在此部门执行此操作：{what}</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <source>enter the tiers, e.g. {example}</source>
        <translation>请填写阶梯，例如 {example}</translation>
    </message>
    <message>
        <source>'{part}' is not a tier like {example}</source>
        <translation>“{part}”不是像 {example} 这样的阶梯</translation>
    </message>
    <message>
        <source>tier '{part}' ends before it starts</source>
        <translation>阶梯“{part}”的终点在起点之前</translation>
    </message>
    <message>
        <source>tier '{part}': the rate must be between 0 and 100 %</source>
        <translation>阶梯“{part}”：比例必须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>tier '{part}': the amount must not be negative</source>
        <translation>阶梯“{part}”：金额不能为负</translation>
    </message>
    <message>
        <source>tiers must start at 0</source>
        <translation>阶梯必须从 0 开始</translation>
    </message>
    <message>
        <source>tiers {a} and {b} overlap</source>
        <translation>阶梯 {a} 与 {b} 重叠</translation>
    </message>
    <message>
        <source>gap between tiers {a} and {b}</source>
        <translation>阶梯 {a} 与 {b} 之间有空档</translation>
    </message>
    <message>
        <source>the last tier must be open-ended, like {example}</source>
        <translation>最后一档必须不设上限，例如 {example}</translation>
    </message>
    <message>
        <source>enter the weights, e.g. {example}</source>
        <translation>请填写权重，例如 {example}</translation>
    </message>
    <message>
        <source>'{part}' is not a weight like {example}</source>
        <translation>“{part}”不是像 {example} 这样的权重</translation>
    </message>
    <message>
        <source>'{key}' is weighted twice</source>
        <translation>“{key}”的权重写了两次</translation>
    </message>
    <message>
        <source>'{value}' is not a person, a department or everyone</source>
        <translation>“{value}”不是员工、部门或所有人</translation>
    </message>
    <message>
        <source>give the rule a name</source>
        <translation>请给规则起个名称</translation>
    </message>
    <message>
        <source>at most {n} characters</source>
        <translation>最多 {n} 个字符</translation>
    </message>
    <message>
        <source>unknown rule type '{value}'</source>
        <translation>未知的规则类型“{value}”</translation>
    </message>
    <message>
        <source>choose a metric</source>
        <translation>请选择指标</translation>
    </message>
    <message>
        <source>unknown metric '{value}'</source>
        <translation>未知指标“{value}”</translation>
    </message>
    <message>
        <source>basis must be own, department or shop</source>
        <translation>口径只能是本人、部门或全店</translation>
    </message>
    <message>
        <source>a team pool is on the department's or the shop's figures</source>
        <translation>团队奖金池只能按部门或全店数据计算</translation>
    </message>
    <message>
        <source>enter a rate</source>
        <translation>请填写比例</translation>
    </message>
    <message>
        <source>the rate must be between 0 and 100 %</source>
        <translation>比例必须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>enter an amount</source>
        <translation>请填写金额</translation>
    </message>
    <message>
        <source>the amount must not be negative</source>
        <translation>金额不能为负</translation>
    </message>
    <message>
        <source>the threshold must not be negative</source>
        <translation>门槛不能为负</translation>
    </message>
    <message>
        <source>tier mode must be retroactive or marginal</source>
        <translation>阶梯方式只能是全额累进或超额累进</translation>
    </message>
    <message>
        <source>'{value}' is not a month like 2026-05</source>
        <translation>“{value}”不是像 2026-05 这样的月份</translation>
    </message>
    <message>
        <source>'{value}' is not a grade (S, A, B, C, D)</source>
        <translation>“{value}”不是等级（S、A、B、C、D）</translation>
    </message>
    <message>
        <source>'{value}' has a negative weight</source>
        <translation>“{value}”的权重为负</translation>
    </message>
    <message>
        <source>the shares add up to nothing</source>
        <translation>份额合计为零</translation>
    </message>
    <message>
        <source>a metric key is 2–40 lower-case letters, digits or _ and starts with a letter</source>
        <translation>指标代码须为 2–40 个小写字母、数字或下划线，并以字母开头</translation>
    </message>
    <message>
        <source>the metric '{key}' already exists</source>
        <translation>指标“{key}”已存在</translation>
    </message>
    <message>
        <source>a name of 1 to 60 characters is required</source>
        <translation>请填写名称（1 到 60 个字）</translation>
    </message>
    <message>
        <source>unknown unit '{unit}'</source>
        <translation>未知单位“{unit}”</translation>
    </message>
    <message>
        <source>unknown department '{name}'</source>
        <translation>未知部门“{name}”</translation>
    </message>
    <message>
        <source>a metric is a sum or a ratio</source>
        <translation>指标类型只能是“合计”或“比率”</translation>
    </message>
    <message>
        <source>'{key}' is not a summed metric</source>
        <translation>“{key}”不是可累加的指标</translation>
    </message>
    <message>
        <source>'{key}' is in use and cannot be removed</source>
        <translation>“{key}”正在使用中，不能删除</translation>
    </message>
    <message>
        <source>{text} is too large (at most ±10^12)</source>
        <translation>{text} 太大（最多 ±10^12）</translation>
    </message>
    <message>
        <source>{text} is too small to be stored (below 10^-12)</source>
        <translation>{text} 太小，无法保存（小于 10^-12）</translation>
    </message>
    <message>
        <source>'{text}' is not an amount of money</source>
        <translation>“{text}”不是有效金额</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>'{text}' is not a date (use YYYY-MM-DD)</source>
        <translation>“{text}”不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{text} is below {minimum}</source>
        <translation>{text} 小于 {minimum}</translation>
    </message>
    <message>
        <source>the hero product's AOV must be above zero</source>
        <translation>主推款客单价必须大于零</translation>
    </message>
    <message>
        <source>the name contains an invisible or control character ({char})</source>
        <translation>姓名中含有不可见字符或控制字符（{char}）</translation>
    </message>
    <message>
        <source>the text contains an invisible or control character ({char})</source>
        <translation>文字中含有不可见字符或控制字符（{char}）</translation>
    </message>
    <message>
        <source>the base salary cannot be negative</source>
        <translation>底薪不能为负数</translation>
    </message>
    <message>
        <source>the base salary is implausibly large</source>
        <translation>底薪数额过大，请检查</translation>
    </message>
    <message>
        <source>the hire date is in the future</source>
        <translation>入职日期不能晚于今天</translation>
    </message>
    <message>
        <source>unknown role '{role}'</source>
        <translation>未知角色“{role}”</translation>
    </message>
    <message>
        <source>the leave date is before the hire date</source>
        <translation>离职日期早于入职日期</translation>
    </message>
    <message>
        <source>'{name}' is already on the team</source>
        <translation>“{name}”已在团队中</translation>
    </message>
    <message>
        <source>only the owner may change a person's role</source>
        <translation>只有店主可以更改人员的角色</translation>
    </message>
    <message>
        <source>only the owner may edit a manager</source>
        <translation>只有店主可以编辑主管</translation>
    </message>
    <message>
        <source>only the owner may change your own pay, role, department or hire date</source>
        <translation>只有店主可以更改你本人的薪资、角色、部门或入职日期</translation>
    </message>
    <message>
        <source>set a PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>only the owner may deactivate a manager</source>
        <translation>只有店主可以停用主管</translation>
    </message>
    <message>
        <source>unknown scope '{scope}'</source>
        <translation>未知的范围“{scope}”</translation>
    </message>
    <message>
        <source>the owner reviews your own appraisal</source>
        <translation>你本人的考核由老板评审</translation>
    </message>
    <message>
        <source>{name}'s appraisal is already final</source>
        <translation>{name} 的考核已经定稿</translation>
    </message>
    <message>
        <source>{name}'s appraisal is not final</source>
        <translation>{name} 的考核尚未定稿</translation>
    </message>
    <message>
        <source>person #{id} not found</source>
        <translation>找不到员工 #{id}</translation>
    </message>
    <message>
        <source>you may not enter figures for {scope}</source>
        <translation>您无权为 {scope} 录入数据</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>{text} is out of range</source>
        <translation>{text} 超出范围</translation>
    </message>
    <message>
        <source>a figure cannot be negative</source>
        <translation>数据不能为负数</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>百分比必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>only the owner may change your own figures of a past day ({day})</source>
        <translation>只有店主可以修改你本人过去日期的实绩（{day}）</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整数</translation>
    </message>
    <message>
        <source>at most two decimals</source>
        <translation>最多保留两位小数</translation>
    </message>
    <message>
        <source>{text} is implausibly large</source>
        <translation>{text} 数值过大，请检查</translation>
    </message>
    <message>
        <source>'{text}' is not the shop, a department or a person on the Staff sheet</source>
        <translation>“{text}”不是店铺、部门，也不是员工表中的人员</translation>
    </message>
    <message>
        <source>'{text}' is not a person on the Staff sheet</source>
        <translation>“{text}”不是员工表中的人员</translation>
    </message>
    <message>
        <source>unknown metric '{key}'</source>
        <translation>未知指标“{key}”</translation>
    </message>
    <message>
        <source>{count} rows already have a figure in the shop (first: {first}); import with --replace to overwrite them</source>
        <translation>有 {count} 行在店铺中已有数据（第一条：{first}）；如需覆盖，请使用 --replace 导入</translation>
    </message>
    <message>
        <source>{key} is worked out by ShopDesk, not entered</source>
        <translation>{key} 由系统自动计算，无需录入</translation>
    </message>
    <message>
        <source>this day, scope and metric already appear in row {row}</source>
        <translation>同一日期、范围和指标已在第 {row} 行出现</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} 还没到，不能录入未来日期</translation>
    </message>
    <message>
        <source>{key} appears twice for the same day</source>
        <translation>{key} 在同一天出现了两次</translation>
    </message>
    <message>
        <source>you may not see this person</source>
        <translation>您无权查看此员工</translation>
    </message>
    <message>
        <source>'{text}' is not a period (use 2026, 2026-Q4, 2026-11)</source>
        <translation>“{text}”不是有效的周期（请写 2026、2026-Q4 或 2026-11）</translation>
    </message>
    <message>
        <source>the payroll of {month} is approved; only the owner may change its targets</source>
        <translation>{month} 的工资已审批；只有店主可以修改该月目标</translation>
    </message>
    <message>
        <source>only the owner may set your own targets</source>
        <translation>只有店主可以设置你本人的目标</translation>
    </message>
    <message>
        <source>targets are set per year, quarter or month</source>
        <translation>目标只能按年、季度或月设置</translation>
    </message>
    <message>
        <source>a month splits 'even' or by 'workdays'</source>
        <translation>月目标只能“平均”或“按工作日”分解到天</translation>
    </message>
    <message>
        <source>'{text}' is not a split: use even or {n} comma-separated weights</source>
        <translation>“{text}”不是有效的分解方式：请填“平均”，或 {n} 个用逗号分隔的权重</translation>
    </message>
    <message>
        <source>a share cannot be negative</source>
        <translation>分配比例不能为负数</translation>
    </message>
    <message>
        <source>at least one share must be above zero</source>
        <translation>至少要有一个分配比例大于零</translation>
    </message>
    <message>
        <source>no target is set for {period}</source>
        <translation>{period} 还没有设置目标</translation>
    </message>
    <message>
        <source>this breakdown would change your own targets; ask the owner to do it</source>
        <translation>此次分解会改变你本人的目标；请让店主来分解</translation>
    </message>
    <message>
        <source>'{text}' is not a list of weekdays (e.g. Sun, or Sat, Sun)</source>
        <translation>“{text}”不是有效的星期列表（例如 周日，或 周六,周日）</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写数值</translation>
    </message>
    <message>
        <source>unknown setting '{text}' (use name, rest_days, si_rate, hf_rate, income_tax, min_wage)</source>
        <translation>未知的设置项“{text}”（可用：店铺名称、休息日、社保个人比例、公积金个人比例、代扣个税、最低工资）</translation>
    </message>
    <message>
        <source>'{text}' appears twice</source>
        <translation>“{text}”出现了两次</translation>
    </message>
    <message>
        <source>'{text}' is not a list of weekdays (e.g. sun or sat,sun)</source>
        <translation>“{text}”不是有效的星期列表（例如 周日，或 周六,周日）</translation>
    </message>
    <message>
        <source>the shop needs at least one working day</source>
        <translation>店铺每周至少要有一个工作日</translation>
    </message>
    <message>
        <source>a product id of 1 to {n} characters is required</source>
        <translation>商品ID 必填，1 到 {n} 个字符</translation>
    </message>
    <message>
        <source>'{name}' appears twice (row {row})</source>
        <translation>“{name}”出现了两次（第 {row} 行）</translation>
    </message>
    <message>
        <source>no one on the team is called '{name}'</source>
        <translation>团队里没有叫“{name}”的人</translation>
    </message>
    <message>
        <source>'{name}' looks the same as '{other}', who is already on the team</source>
        <translation>“{name}”与团队中已有的“{other}”看起来相同</translation>
    </message>
    <message>
        <source>this scope, metric and period already appear in row {row}</source>
        <translation>同一范围、指标和周期已在第 {row} 行出现</translation>
    </message>
    <message>
        <source>choose a full folder path, not '{path}'</source>
        <translation>请选择完整的文件夹路径，而不是“{path}”</translation>
    </message>
    <message>
        <source>{path} is not a regular file; a backup is written to a file</source>
        <translation>{path} 不是普通文件；备份只能写入文件</translation>
    </message>
    <message>
        <source>the backup could not be made: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <source>the backup copy failed its check: {error}</source>
        <translation>备份文件未通过校验：{error}</translation>
    </message>
    <message>
        <source>the owner's password is needed to restore a backup</source>
        <translation>恢复备份需要老板密码</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problem}</source>
        <translation>无法恢复 {file}：{problem}</translation>
    </message>
    <message>
        <source>the restored database failed its check: {error}</source>
        <translation>恢复后的数据库未通过校验：{error}</translation>
    </message>
    <message>
        <source>'{value}' is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>'{value}' is too large</source>
        <translation>“{value}”太大了</translation>
    </message>
    <message>
        <source>use at most two decimals</source>
        <translation>最多两位小数</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>unknown metric '{metric}'</source>
        <translation>未知指标“{metric}”</translation>
    </message>
    <message>
        <source>'{metric}' is listed twice</source>
        <translation>“{metric}”重复出现</translation>
    </message>
    <message>
        <source>give each item a name of 1 to {n} characters</source>
        <translation>每一项都要有名称（1 到 {n} 个字）</translation>
    </message>
    <message>
        <source>add at least one measured item</source>
        <translation>请至少添加一个量化指标</translation>
    </message>
    <message>
        <source>add at least one rated item</source>
        <translation>请至少添加一个定性评价项</translation>
    </message>
    <message>
        <source>give a multiplier for each of S, A, B, C, D</source>
        <translation>请为 S、A、B、C、D 每个等级填写奖金系数</translation>
    </message>
    <message>
        <source>give a lower bound for each of S, A, B, C, D</source>
        <translation>请为 S、A、B、C、D 每个等级填写分数线</translation>
    </message>
    <message>
        <source>each grade's lower bound must be below the one above it</source>
        <translation>每个等级的分数线必须低于上一等级</translation>
    </message>
    <message>
        <source>grade D starts at 0</source>
        <translation>D 级从 0 分开始</translation>
    </message>
    <message>
        <source>rate from {low} to {high}</source>
        <translation>请评 {low} 到 {high} 分</translation>
    </message>
    <message>
        <source>a different rule called '{value}' already applies to them; import with --replace to overwrite it</source>
        <translation>已有另一条名为“{value}”的规则适用于他们；如需覆盖，请使用 --replace 导入</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>the file is larger than {n} MB, too large for an attendance summary</source>
        <translation>文件超过 {n} MB，不像考勤汇总</translation>
    </message>
    <message>
        <source>the workbook has more than {n} parts</source>
        <translation>工作簿包含的部件超过 {n} 个</translation>
    </message>
    <message>
        <source>the workbook unpacks to {mb} MB, more than the {limit} MB ShopDesk reads</source>
        <translation>工作簿解压后为 {mb} MB，超过 ShopDesk 可读取的 {limit} MB</translation>
    </message>
    <message>
        <source>the workbook's XML declares a document type or entities ({part}); ShopDesk does not read such files</source>
        <translation>工作簿的 XML 声明了文档类型或实体（{part}）；ShopDesk 不读取此类文件</translation>
    </message>
    <message>
        <source>the sheets '{first}' and '{second}' are both present; keep one</source>
        <translation>工作表“{first}”和“{second}”同时存在；请只保留一个</translation>
    </message>
    <message>
        <source>the sheet is hidden; show it (or delete it) and import again</source>
        <translation>该工作表已隐藏；请取消隐藏（或删除）后重新导入</translation>
    </message>
    <message>
        <source>the workbook is laid out in a way that can only be read slowly, and it is larger than {limit} MB; save it again with Excel or WPS</source>
        <translation>工作簿的结构只能慢速读取，且大于 {limit} MB；请用 Excel 或 WPS 重新保存</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 编码的文本</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx) that can be read</source>
        <translation>不是可读取的 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>'{value}' in {column} is not a number</source>
        <translation>{column} 中的“{value}”不是数字</translation>
    </message>
    <message>
        <source>more than {n} rows</source>
        <translation>超过 {n} 行</translation>
    </message>
    <message>
        <source>no attendance summary header (姓名 and 迟到次数, 旷工天数 or 事假) in the first 10 rows</source>
        <translation>前 10 行里没有考勤汇总的表头（姓名，以及迟到次数、旷工天数或事假）</translation>
    </message>
    <message>
        <source>a formula without a saved result; open the workbook in Excel or WPS, let it calculate, save, and import again</source>
        <translation>公式没有保存计算结果；请用 Excel 或 WPS 打开工作簿，计算并保存后重新导入</translation>
    </message>
    <message>
        <source>'{text}' is not a finite number</source>
        <translation>“{text}”不是有限的数字</translation>
    </message>
    <message>
        <source>the cell's value is invisible (white on white, or a ;;; format); make it visible or clear it</source>
        <translation>单元格的值不可见（白底白字或 ;;; 格式）；请让它可见或清除</translation>
    </message>
    <message>
        <source>the cell holds more than {n} characters</source>
        <translation>单元格内容超过 {n} 个字符</translation>
    </message>
    <message>
        <source>contains an invisible or control character ({char})</source>
        <translation>含有不可见字符或控制字符（{char}）</translation>
    </message>
    <message>
        <source>the cell holds the error {text}; fix the formula or type the value</source>
        <translation>单元格是错误值 {text}；请修正公式或直接输入数值</translation>
    </message>
    <message>
        <source>the sheet hides its rows unless each is given a height; show all rows and import again</source>
        <translation>该工作表默认隐藏行；请显示所有行后重新导入</translation>
    </message>
    <message>
        <source>the column '{name}' appears twice</source>
        <translation>列“{name}”出现了两次</translation>
    </message>
    <message>
        <source>the column '{name}' ({zh}) is missing</source>
        <translation>缺少列“{name}”（{zh}）</translation>
    </message>
    <message>
        <source>merged cells {range} cover data; unmerge them and fill every cell</source>
        <translation>合并单元格 {range} 覆盖了数据；请取消合并并填写每个单元格</translation>
    </message>
    <message>
        <source>the row is hidden but holds values; show it or delete it</source>
        <translation>该行已隐藏但含有数据；请取消隐藏或删除</translation>
    </message>
    <message>
        <source>the sheet has more than {n} rows</source>
        <translation>该工作表超过 {n} 行</translation>
    </message>
    <message>
        <source>the column is hidden but holds values; show it or delete it</source>
        <translation>该列已隐藏但含有数据；请取消隐藏或删除</translation>
    </message>
    <message>
        <source>too many wrong tries; try again in {seconds} seconds</source>
        <translation>错误次数太多，请 {seconds} 秒后再试</translation>
    </message>
    <message>
        <source>a PIN is {low} to {high} digits</source>
        <translation>PIN 码为 {low} 到 {high} 位数字</translation>
    </message>
    <message>
        <source>a password is {low} to {high} characters, without spaces at either end</source>
        <translation>密码为 {low} 到 {high} 个字符，首尾不能有空格</translation>
    </message>
    <message>
        <source>the password contains a control character</source>
        <translation>密码中含有控制字符</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码不正确</translation>
    </message>
    <message>
        <source>the current PIN is wrong</source>
        <translation>当前 PIN 码不正确</translation>
    </message>
    <message>
        <source>choose who is logging in</source>
        <translation>请选择登录人</translation>
    </message>
    <message>
        <source>no PIN or password is set for this account; ask the owner</source>
        <translation>此账号还没有设置 PIN 码或密码，请联系老板</translation>
    </message>
    <message>
        <source>wrong PIN or password</source>
        <translation>PIN 码或密码错误</translation>
    </message>
    <message>
        <source>'{value}' is not a month like 2026-11</source>
        <translation>“{value}”不是像 2026-11 这样的月份</translation>
    </message>
    <message>
        <source>this person and month already appear in row {row}</source>
        <translation>此人此月已在第 {row} 行出现</translation>
    </message>
    <message>
        <source>{value} has not begun yet</source>
        <translation>{value} 还没开始</translation>
    </message>
    <message>
        <source>run payroll</source>
        <translation>核算工资</translation>
    </message>
    <message>
        <source>approve payroll</source>
        <translation>审批工资</translation>
    </message>
    <message>
        <source>{month} is already approved</source>
        <translation>{month} 已经审批过了</translation>
    </message>
    <message>
        <source>re-open payroll</source>
        <translation>重新打开工资</translation>
    </message>
    <message>
        <source>{month} is not approved</source>
        <translation>{month} 尚未审批</translation>
    </message>
    <message>
        <source>see pay</source>
        <translation>查看工资</translation>
    </message>
    <message>
        <source>edit payroll</source>
        <translation>修改工资</translation>
    </message>
    <message>
        <source>'{name}' appears twice</source>
        <translation>“{name}”出现了两次</translation>
    </message>
    <message>
        <source>someone else saved this month's attendance at the same time; open it again</source>
        <translation>有人同时保存了本月考勤；请重新打开</translation>
    </message>
    <message>
        <source>'{name}' is not on the team</source>
        <translation>“{name}”不在员工名单中</translation>
    </message>
    <message>
        <source>{month} is approved and locked; re-open it to change it</source>
        <translation>{month} 已审批锁定；要修改请先重新打开</translation>
    </message>
    <message>
        <source>that person no longer exists</source>
        <translation>此人已不存在</translation>
    </message>
    <message>
        <source>'{value}' is not an amount of money</source>
        <translation>“{value}”不是金额</translation>
    </message>
    <message>
        <source>'{value}' is not a plausible amount</source>
        <translation>“{value}”不是合理的金额</translation>
    </message>
    <message>
        <source>enter an amount other than zero</source>
        <translation>请填写不为零的金额</translation>
    </message>
    <message>
        <source>give a reason for the adjustment</source>
        <translation>请填写调整原因</translation>
    </message>
    <message>
        <source>that adjustment no longer exists</source>
        <translation>此调整已不存在</translation>
    </message>
    <message>
        <source>unknown deduction '{value}'</source>
        <translation>未知的扣款类别“{value}”</translation>
    </message>
    <message>
        <source>edit pay rules</source>
        <translation>修改提成奖金规则</translation>
    </message>
    <message>
        <source>unknown rule set '{value}'</source>
        <translation>未知的规则组“{value}”</translation>
    </message>
    <message>
        <source>you may only see your own figures</source>
        <translation>你只能查看自己的数据</translation>
    </message>
    <message>
        <source>see the department's performance</source>
        <translation>查看部门业绩</translation>
    </message>
    <message>
        <source>see the whole shop's figures</source>
        <translation>查看全店数据</translation>
    </message>
    <message>
        <source>the text contains a control character</source>
        <translation>文字中含有控制字符</translation>
    </message>
    <message>
        <source>only staff write daily reports and feedback</source>
        <translation>只有员工填写日报和反馈</translation>
    </message>
    <message>
        <source>the day is in the future</source>
        <translation>日期在未来</translation>
    </message>
    <message>
        <source>reports older than {n} days cannot be changed</source>
        <translation>超过 {n} 天的日报不能再修改</translation>
    </message>
    <message>
        <source>write at least one part of the report</source>
        <translation>日报至少要写一项</translation>
    </message>
    <message>
        <source>unknown feedback tag '{tag}'</source>
        <translation>未知的反馈标签“{tag}”</translation>
    </message>
    <message>
        <source>the feedback is empty</source>
        <translation>反馈内容为空</translation>
    </message>
    <message>
        <source>feedback #{id} not found</source>
        <translation>找不到反馈 #{id}</translation>
    </message>
    <message>
        <source>this is someone else's feedback</source>
        <translation>这是别人的反馈</translation>
    </message>
    <message>
        <source>only today's feedback can be removed</source>
        <translation>只能删除今天的反馈</translation>
    </message>
    <message>
        <source>you may only read your department's reports</source>
        <translation>你只能查看本部门的日报</translation>
    </message>
    <message>
        <source>you may only read your own reports</source>
        <translation>你只能查看自己的日报</translation>
    </message>
    <message>
        <source>unknown item kind '{kind}'</source>
        <translation>未知的条目类型“{kind}”</translation>
    </message>
    <message>
        <source>only the owner and managers see who has reported</source>
        <translation>只有老板和主管能看到谁已提交日报</translation>
    </message>
    <message>
        <source>unknown department '{value}'</source>
        <translation>未知部门“{value}”</translation>
    </message>
    <message>
        <source>no one on the team is called '{value}'</source>
        <translation>团队里没有叫“{value}”的人</translation>
    </message>
    <message>
        <source>no such person</source>
        <translation>没有此人</translation>
    </message>
    <message>
        <source>a rule called '{value}' already applies to them from that month</source>
        <translation>从该月起已有名为“{value}”的规则适用于他们</translation>
    </message>
    <message>
        <source>that rule no longer exists</source>
        <translation>此规则已不存在</translation>
    </message>
    <message>
        <source>see pay rules</source>
        <translation>查看提成奖金规则</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>请填写 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>请填写标题</translation>
    </message>
    <message>
        <source>'{text}' is not a repetition (none, daily, weekly:mon,thu, monthly:15)</source>
        <translation>“{text}”不是有效的重复方式（不重复、每天、每周:周一,周四、每月:15）</translation>
    </message>
    <message>
        <source>choose at least one person</source>
        <translation>请至少选择一个人</translation>
    </message>
    <message>
        <source>{name} is not in this task's department</source>
        <translation>{name} 不属于此任务的部门</translation>
    </message>
    <message>
        <source>a repeating task needs a first day</source>
        <translation>重复任务需要一个开始日期</translation>
    </message>
    <message>
        <source>a due date is required</source>
        <translation>请填写截止日期</translation>
    </message>
    <message>
        <source>the end date is before the first day</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>task #{id} not found</source>
        <translation>找不到任务 #{id}</translation>
    </message>
    <message>
        <source>this is someone else's task</source>
        <translation>这是别人的任务</translation>
    </message>
    <message>
        <source>this task is already done</source>
        <translation>此任务已完成</translation>
    </message>
    <message>
        <source>this task is not done</source>
        <translation>此任务尚未完成</translation>
    </message>
    <message>
        <source>a task can only be undone on the day it was done</source>
        <translation>任务只能在完成当天撤销</translation>
    </message>
    <message>
        <source>you may only see your own tasks</source>
        <translation>你只能查看自己的任务</translation>
    </message>
    <message>
        <source>unknown status '{status}'</source>
        <translation>未知的状态“{status}”</translation>
    </message>
    <message>
        <source>{path} is not a shop file</source>
        <translation>{path} 不是店铺文件</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 个问题）</translation>
    </message>
    <message>
        <source>{path} cannot be used: {problem}{more}; see `shopdesk check`</source>
        <translation>{path} 无法使用：{problem}{more}；请运行 `shopdesk check` 查看</translation>
    </message>
    <message>
        <source>a shop server address starts with postgresql+psycopg://</source>
        <translation>店铺服务器地址应以 postgresql+psycopg:// 开头</translation>
    </message>
    <message>
        <source>cannot reach the shop server {server}: {reason}</source>
        <translation>无法连接店铺服务器 {server}：{reason}</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>数据库是只读的</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>另一个程序正在使用这个数据库</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>磁盘无法读写</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>this is not a ShopDesk database, or an incomplete one</source>
        <translation>这不是 ShopDesk 数据库，或者数据库不完整</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <translation>服务器拒绝连接（服务器在运行吗？）</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>a password is needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器没有及时响应</translation>
    </message>
    <message>
        <source>the database or user does not exist on the server</source>
        <translation>服务器上没有这个数据库或用户</translation>
    </message>
    <message>
        <source>the server's name is not known</source>
        <translation>无法识别服务器名称</translation>
    </message>
    <message>
        <source>the server database is not empty (it already has {tables}); create a new, empty database for the shop</source>
        <translation>服务器上的数据库不是空的（已有 {tables}）；请为店铺新建一个空数据库</translation>
    </message>
    <message>
        <source>copy from a shop file to a PostgreSQL server (postgresql+psycopg://…)</source>
        <translation>只能从店铺文件复制到 PostgreSQL 服务器（postgresql+psycopg://…）</translation>
    </message>
    <message>
        <source>table {table}: {source} rows in the file but {dest} on the server; nothing was kept</source>
        <translation>表 {table}：文件中有 {source} 行，服务器上却是 {dest} 行；未保留任何内容</translation>
    </message>
    <message>
        <source>money totals differ for {what} in {month}: {source} fen in the file, {dest} on the server; nothing was kept</source>
        <translation>{month} 的 {what} 金额合计不一致：文件中为 {source} 分，服务器上为 {dest} 分；未保留任何内容</translation>
    </message>
    <message>
        <source>{what} was changed by someone else; reload and try again</source>
        <translation>{what} 已被他人修改；请刷新后重试</translation>
    </message>
    <message>
        <source>{what} was changed by {who} at {time}; reload and try again</source>
        <translation>{what} 已由 {who} 于 {time} 修改；请刷新后重试</translation>
    </message>
    <message>
        <source>enter the shop server's name or address</source>
        <translation>请输入店铺服务器的名称或地址</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>端口须为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>enter the shop's database name</source>
        <translation>请输入店铺数据库名称</translation>
    </message>
    <message>
        <source>enter the database user name</source>
        <translation>请输入数据库用户名</translation>
    </message>
    <message>
        <source>'{value}' is not a number of days</source>
        <translation>“{value}”不是天数</translation>
    </message>
    <message>
        <source>unpaid days cannot be negative</source>
        <translation>事假/旷工天数不能为负数</translation>
    </message>
    <message>
        <source>{value} unpaid days is more than the {due} working days due this month</source>
        <translation>事假/旷工 {value} 天超过了本月应出勤的 {due} 天</translation>
    </message>
    <message>
        <source>unpaid days must be a multiple of 0.5, not {value}</source>
        <translation>事假/旷工天数须为 0.5 的倍数，不能是 {value}</translation>
    </message>
    <message>
        <source>'{value}' is not a count</source>
        <translation>“{value}”不是次数</translation>
    </message>
    <message>
        <source>late arrivals cannot be negative</source>
        <translation>迟到次数不能为负数</translation>
    </message>
    <message>
        <source>'{value}' is not a plausible count</source>
        <translation>“{value}”不是合理的次数</translation>
    </message>
    <message>
        <source>'{value}' is not a percentage</source>
        <translation>“{value}”不是百分比</translation>
    </message>
    <message>
        <source>a rate must be between 0 % and 100 %</source>
        <translation>比例须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>at most three decimals</source>
        <translation>最多三位小数</translation>
    </message>
    <message>
        <source>'{value}' is not on or off</source>
        <translation>“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <source>change shop settings</source>
        <translation>修改店铺设置</translation>
    </message>
    <message>
        <source>one line only</source>
        <translation>只能写一行</translation>
    </message>
    <message>
        <source>{nick} is already {name}'s account</source>
        <translation>{nick} 已是{name}的账号</translation>
    </message>
    <message>
        <source>you may only see your own pay: {what}</source>
        <translation>只能查看本人的工资：{what}</translation>
    </message>
    <message>
        <source>payslips</source>
        <translation>工资条</translation>
    </message>
    <message>
        <source>{month} is not approved yet: {what}</source>
        <translation>{month} 尚未审批：{what}</translation>
    </message>
    <message>
        <source>that report or feedback no longer exists</source>
        <translation>这条日报或反馈已不存在</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>回复是空的</translation>
    </message>
    <message>
        <source>only the owner or the department's manager replies</source>
        <translation>只有老板或本部门主管可以回复</translation>
    </message>
    <message>
        <source>product {id} not found</source>
        <translation>找不到商品 {id}</translation>
    </message>
    <message>
        <source>'{text}' is not understood here; use {accepted}</source>
        <translation>无法识别“{text}”，请填写：{accepted}</translation>
    </message>
</context>
<context>
    <name>ExcelJobs</name>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>文件无法写入：{error}</translation>
    </message>
    <message>
        <source>Import shop workbook</source>
        <translation>导入店铺工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Imported: {staff} people added or changed, {targets} targets, {figures} daily figures ({replaced} replaced), {rules} rules, {tasks} tasks.</source>
        <translation>已导入：新增或修改员工 {staff} 人，目标 {targets} 条，每日数据 {figures} 条（替换 {replaced} 条），规则 {rules} 条，任务 {tasks} 个。</translation>
    </message>
    <message>
        <source>{count} daily figures in this workbook are already in the shop. Replace them with the workbook's values? (They are never added twice.)</source>
        <translation>工作簿中有 {count} 条每日数据在店铺中已存在。要用工作簿中的数值替换吗？（不会重复累加。）</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>shop-{day}.xlsx</source>
        <translation>店铺-{day}.xlsx</translation>
    </message>
    <message>
        <source>Export shop workbook</source>
        <translation>导出店铺工作簿</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved as
{path}</source>
        <translation>已保存为
{path}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export bonus sheet</source>
        <translation>导出工资表</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>payroll-{month}.xlsx</source>
        <translation>工资表-{month}.xlsx</translation>
    </message>
    <message>
        <source>salary-register-{year}.xlsx</source>
        <translation>工资台账-{year}.xlsx</translation>
    </message>
    <message>
        <source>payslips-{month}.pdf</source>
        <translation>工资条-{month}.pdf</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>工资条</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Bonus sheet for this month…</source>
        <translation>本月工资表…</translation>
    </message>
    <message>
        <source>Salary register for the year…</source>
        <translation>全年工资台账…</translation>
    </message>
    <message>
        <source>Payslips…</source>
        <translation>工资条…</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Import shop workbook…</source>
        <translation>导入店铺工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export shop workbook…</source>
        <translation>导出店铺工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;bonus sheet…</source>
        <translation>导出工资表(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Reports and feedback</source>
        <translation>日报和反馈</translation>
    </message>
    <message>
        <source>Daily reports only</source>
        <translation>仅日报</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>全部反馈</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>只看未读</translation>
    </message>
    <message>
        <source>Search reports and feedback…</source>
        <translation>搜索日报和反馈…</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Reply to this…</source>
        <translation>回复这一条…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Not reported today: {names}</source>
        <translation>今天未交日报：{names}</translation>
    </message>
    <message>
        <source>Everyone has reported today.</source>
        <translation>今天所有人都已交日报。</translation>
    </message>
    <message>
        <source>{n} unread</source>
        <translation>{n} 条未读</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成的工作</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Tomorrow's plan</source>
        <translation>明日计划</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Sent: {name} sees it on My day.</source>
        <translation>已发送：{name} 会在“我的一天”看到。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Competitor</source>
        <translation>竞品动态</translation>
    </message>
    <message>
        <source>Customer need</source>
        <translation>客户需求</translation>
    </message>
    <message>
        <source>Product problem</source>
        <translation>产品问题</translation>
    </message>
    <message>
        <source>Logistics problem</source>
        <translation>物流问题</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Typed</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>From the shop workbook</source>
        <translation>来自店铺工作簿</translation>
    </message>
    <message>
        <source>From platform files:</source>
        <translation>来自平台文件：</translation>
    </message>
    <message>
        <source>{value} from {file}, imported {when}</source>
        <translation>{value}，来自 {file}，导入于 {when}</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Tab and Enter move between cells; paste a block copied from Excel with Ctrl+V. Percentages as 65 or 65%, money as 1234.50. Each change is saved at once; Ctrl+Z takes it back.</source>
        <translation>Tab 键和回车键在单元格之间移动；用 Ctrl+V 粘贴从 Excel 复制的一块数据。百分比写作 65 或 65%，金额写作 1234.50。每次修改立即保存；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>{department} (team)</source>
        <translation>{department}（部门）</translation>
    </message>
    <message>
        <source>paste {n} figures</source>
        <translation>粘贴 {n} 个数据</translation>
    </message>
    <message>
        <source>paste 1 figure</source>
        <translation>粘贴 1 个数据</translation>
    </message>
    <message>
        <source>clear {n} figures</source>
        <translation>清除 {n} 个数据</translation>
    </message>
    <message>
        <source>clear 1 figure</source>
        <translation>清除 1 个数据</translation>
    </message>
    <message>
        <source>edit {metric} for {who}</source>
        <translation>修改{who}的{metric}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{who}, {metric}: {error}</source>
        <translation>{who}，{metric}：{error}</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>这个文件不是数据库</translation>
    </message>
    <message>
        <source>the file cannot be read as a database: {reason}</source>
        <translation>无法作为数据库读取此文件：{reason}</translation>
    </message>
    <message>
        <source>an extra {kind} “{name}” that ShopDesk does not make</source>
        <translation>多出一个 ShopDesk 不会创建的{kind}“{name}”</translation>
    </message>
    <message>
        <source>the {kind} “{name}” is missing</source>
        <translation>缺少{kind}“{name}”</translation>
    </message>
    <message>
        <source>the {kind} “{name}” is defined otherwise than ShopDesk's</source>
        <translation>{kind}“{name}”的定义与 ShopDesk 的不同</translation>
    </message>
    <message>
        <source>the table “{name}” has other {part} than ShopDesk's</source>
        <translation>表“{name}”的{part}与 ShopDesk 的不同</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are empty</source>
        <translation>{column} 中有 {n} 个值为空</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are not whole numbers</source>
        <translation>{column} 中有 {n} 个值不是整数</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are out of range</source>
        <translation>{column} 中有 {n} 个值超出范围</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are not yes/no</source>
        <translation>{column} 中有 {n} 个值不是“是/否”</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are not dates</source>
        <translation>{column} 中有 {n} 个值不是日期</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are not dates and times</source>
        <translation>{column} 中有 {n} 个值不是日期时间</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are not text</source>
        <translation>{column} 中有 {n} 个值不是文本</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} hold a NUL character</source>
        <translation>{column} 中有 {n} 个值含有空字符</translation>
    </message>
    <message>
        <source>{n} value(s) in {column} are too long</source>
        <translation>{column} 中有 {n} 个值过长</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file holds no shop</source>
        <translation>文件中没有店铺数据</translation>
    </message>
    <message>
        <source>this is not a ShopDesk database (no schema version)</source>
        <translation>这不是 ShopDesk 数据库（没有结构版本）</translation>
    </message>
    <message>
        <source>this is not a ShopDesk database (no single schema version)</source>
        <translation>这不是 ShopDesk 数据库（结构版本不唯一）</translation>
    </message>
    <message>
        <source>it was written by a newer ShopDesk (schema “{revision}”); update ShopDesk first</source>
        <translation>它由更新版本的 ShopDesk 写入（结构“{revision}”）；请先升级 ShopDesk</translation>
    </message>
    <message>
        <source>row {row} of {table} points to a missing {parent}</source>
        <translation>{table} 表第 {row} 行指向不存在的 {parent} 记录</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>… and {n} more problems</source>
        <translation>……另有 {n} 个问题</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — ShopDesk</source>
        <translation>登录 — ShopDesk</translation>
    </message>
    <message>
        <source>Connecting to the shop server…</source>
        <translation>正在连接店铺服务器…</translation>
    </message>
    <message>
        <source>Welcome! This shop has no owner password yet. Choose one now: staff log in with PINs you set for them later.</source>
        <translation>欢迎！本店还没有老板密码，请现在设置一个；员工稍后用你为他们设置的 PIN 码登录。</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>老板密码</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Demo shop: owner password {password}, staff PIN {pin}</source>
        <translation>演示店铺：店主密码 {password}，员工 PIN {pin}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN 码或密码</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>登录人</translation>
    </message>
    <message>
        <source>PIN / password</source>
        <translation>PIN 码 / 密码</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopDesk — {shop}</source>
        <translation>ShopDesk — {shop}</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的今天</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>我的工资</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>快速入门(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ShopDesk</source>
        <translation>关于 ShopDesk(&amp;A)</translation>
    </message>
    <message>
        <source>this computer: {db}</source>
        <translation>本机：{db}</translation>
    </message>
    <message>
        <source>shop server: {db}</source>
        <translation>店铺服务器：{db}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>{user} · {db}</source>
        <translation>{user} · {db}</translation>
    </message>
    <message>
        <source>About ShopDesk</source>
        <translation>关于 ShopDesk</translation>
    </message>
    <message>
        <source>ShopDesk {version}
Targets, tasks and payroll for a small online shop's team.
Works offline; your data stays in {db}.</source>
        <translation>ShopDesk {version}
网店团队的目标、任务与工资管理。
完全离线运行，数据保存在 {db}。</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>New metric</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <source>e.g. returns (letters, digits, _)</source>
        <translation>如 returns（字母、数字、下划线）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Yuan (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Percent (%)</source>
        <translation>百分比（%）</translation>
    </message>
    <message>
        <source>Times (×)</source>
        <translation>倍数（×）</translation>
    </message>
    <message>
        <source>Decimal (two places)</source>
        <translation>小数（两位）</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Entered every day (summed over a period)</source>
        <translation>每天录入（按周期累加）</translation>
    </message>
    <message>
        <source>Ratio of two summed metrics</source>
        <translation>两个累加指标之比</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>推广花费</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>跳失率</translation>
    </message>
    <message>
        <source>Visit depth</source>
        <translation>访问深度</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投入产出比</translation>
    </message>
    <message>
        <source>Pages delivered</source>
        <translation>页面交付</translation>
    </message>
    <message>
        <source>Images delivered</source>
        <translation>图片处理</translation>
    </message>
    <message>
        <source>Units sold (designed)</source>
        <translation>设计款销量</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>咨询人数</translation>
    </message>
    <message>
        <source>CS orders</source>
        <translation>客服成交单数</translation>
    </message>
    <message>
        <source>CS sales</source>
        <translation>客服销售额</translation>
    </message>
    <message>
        <source>CS conversion</source>
        <translation>询单转化率</translation>
    </message>
    <message>
        <source>Good reviews</source>
        <translation>好评数</translation>
    </message>
    <message>
        <source>Bad reviews resolved</source>
        <translation>差评处理</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>Parcels shipped</source>
        <translation>发货包裹</translation>
    </message>
    <message>
        <source>Shipping errors</source>
        <translation>发货差错</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>差错率</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Task points</source>
        <translation>任务积分</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Response time (s)</source>
        <translation>平均响应时长</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>万</source>
        <translation>万</translation>
    </message>
</context>
<context>
    <name>MorningModel</name>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Today's target</source>
        <translation>今日目标</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度目标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Projected month end</source>
        <translation>预计月底</translation>
    </message>
    <message>
        <source>Month target</source>
        <translation>月目标</translation>
    </message>
    <message>
        <source>MoM</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On pace</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Slightly behind</source>
        <translation>略落后</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Today's tasks</source>
        <translation>今日任务</translation>
    </message>
    <message>
        <source>My targets and pace</source>
        <translation>我的目标和进度</translation>
    </message>
    <message>
        <source>Replies to me</source>
        <translation>给我的回复</translation>
    </message>
    <message>
        <source>Today's figures</source>
        <translation>今日数据</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>今日完成</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>遇到的问题</translation>
    </message>
    <message>
        <source>Tomorrow's plan</source>
        <translation>明日计划</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存日报</translation>
    </message>
    <message>
        <source>Market feedback</source>
        <translation>市场反馈</translation>
    </message>
    <message>
        <source>What did you hear or see?</source>
        <translation>你听到或看到了什么？</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>{name} — {day}</source>
        <translation>{name} — {day}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>Replies to me ({n} new)</source>
        <translation>给我的回复（{n} 条新）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>{metric}: {error}</source>
        <translation>{metric}：{error}</translation>
    </message>
</context>
<context>
    <name>MyPayPage</name>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>No payslip yet: a month's slip appears here once the owner approves its payroll.</source>
        <translation>还没有工资条：老板审批当月工资后，工资条会显示在这里。</translation>
    </message>
    <message>
        <source>payslip-{month}.pdf</source>
        <translation>工资条-{month}.pdf</translation>
    </message>
    <message>
        <source>Save payslip</source>
        <translation>保存工资条</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <source>Hero product AOV…</source>
        <translation>主推款客单价…</translation>
    </message>
    <message>
        <source>The whole shop's AOV should be at least 1.3 × the hero product's</source>
        <translation>全店客单价应至少达到主推款客单价的 1.3 倍</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sales chart</source>
        <translation>销售图表</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Only what is behind pace</source>
        <translation>只看落后于进度的</translation>
    </message>
    <message>
        <source>Morning check · month to date {start} – {end}</source>
        <translation>晨检 · 本月累计 {start} – {end}</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>Nothing unusual this morning.</source>
        <translation>今天早上一切正常。</translation>
    </message>
    <message>
        <source>Hero product this month: {name} ({id}) · {sales} in {orders} orders · AOV {aov} (from the imported order files)</source>
        <translation>本月主推款：{name}（{id}）· {orders} 单销售 {sales} · 客单价 {aov}（来自导入的订单文件）</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>未设置目标</translation>
    </message>
    <message>
        <source>Target {target} · pace {pace} · {achieved}% achieved</source>
        <translation>目标 {target} · 进度目标 {pace} · 已完成 {achieved}%</translation>
    </message>
    <message>
        <source>MoM {mom} · YoY {yoy}</source>
        <translation>环比 {mom} · 同比 {yoy}</translation>
    </message>
    <message>
        <source>Hero product AOV</source>
        <translation>主推款客单价</translation>
    </message>
    <message>
        <source>Average order value of the hero product (¥), empty for none:</source>
        <translation>主推款的客单价（元），留空表示不设：</translation>
    </message>
</context>
<context>
    <name>Payroll</name>
    <message>
        <source>shop {metric}</source>
        <translation>店铺{metric}</translation>
    </message>
    <message>
        <source>department {metric}</source>
        <translation>部门{metric}</translation>
    </message>
    <message>
        <source>{label}: no {metric} target this month, so no line</source>
        <translation>{label}：本月没有{metric}目标，不计此项</translation>
    </message>
    <message>
        <source>achievement {ach} below the {gate} gate = {amount}</source>
        <translation>达成率 {ach} 低于门槛 {gate} = {amount}</translation>
    </message>
    <message>
        <source>{rate} × {value} {metric} = {amount}</source>
        <translation>{rate} × {value} {metric} = {amount}</translation>
    </message>
    <message>
        <source>achievement {ach}: {parts} = {amount}</source>
        <translation>达成率 {ach}：{parts} = {amount}</translation>
    </message>
    <message>
        <source>achievement {ach} → {rate} × {value} {metric} = {amount}</source>
        <translation>达成率 {ach} → {rate} × {value} {metric} = {amount}</translation>
    </message>
    <message>
        <source>{value} {metric}, not above the {threshold} allowed: nothing deducted</source>
        <translation>{value} {metric}，未超过允许的 {threshold}：不扣款</translation>
    </message>
    <message>
        <source>{value} {metric}, not above {threshold}: nothing earned</source>
        <translation>{value} {metric}，未超过 {threshold}：无奖励</translation>
    </message>
    <message>
        <source>{metric} achievement {ach} ≥ {need} → {amount}</source>
        <translation>{metric}达成率 {ach} ≥ {need} → {amount}</translation>
    </message>
    <message>
        <source>{metric} achievement {ach} &lt; {need} → {amount}</source>
        <translation>{metric}达成率 {ach} &lt; {need} → {amount}</translation>
    </message>
    <message>
        <source>{label}: no grade for this month; set one in the payroll run</source>
        <translation>{label}：本月没有考核等级，请在工资核算中设定</translation>
    </message>
    <message>
        <source>{each} × grade {grade} ({mult}) = {amount}</source>
        <translation>{each} × 等级 {grade}（{mult}）= {amount}</translation>
    </message>
    <message>
        <source>{parts} = {points} points × {each} = {amount}</source>
        <translation>{parts} = {points} 积分 × {each} = {amount}</translation>
    </message>
    <message>
        <source>{metric} achievement {ach} → band {band} = {amount}</source>
        <translation>{metric}达成率 {ach} → 档位 {band} = {amount}</translation>
    </message>
    <message>
        <source>{label}: no appraisal score for this month, so no line</source>
        <translation>{label}：本月没有考核得分，不计此项</translation>
    </message>
    <message>
        <source>{each} × score {score} / 100 = {amount}</source>
        <translation>{each} × 得分 {score} / 100 = {amount}</translation>
    </message>
    <message>
        <source>{label}: not employed for the whole month, not paid</source>
        <translation>{label}：本月未全月在职，不发</translation>
    </message>
    <message>
        <source>{label}: {days} unpaid days this month, not paid</source>
        <translation>{label}：本月事假/旷工 {days} 天，不发</translation>
    </message>
    <message>
        <source>{label}: late {n} times this month, not paid</source>
        <translation>{label}：本月迟到 {n} 次，不发</translation>
    </message>
    <message>
        <source>no unpaid day and no late arrival this month = {amount}</source>
        <translation>本月无事假旷工、无迟到 = {amount}</translation>
    </message>
    <message>
        <source>fixed monthly amount = {amount}</source>
        <translation>每月固定金额 = {amount}</translation>
    </message>
    <message>
        <source>{each} × ({value} − {threshold}) {metric} = {amount}</source>
        <translation>{each} × ({value} − {threshold}) {metric} = {amount}</translation>
    </message>
    <message>
        <source>{each} × ({value} − {threshold}) {metric} = {amount} deducted</source>
        <translation>{each} × ({value} − {threshold}) {metric} = 扣 {amount}</translation>
    </message>
    <message>
        <source>net pay {net} is below the minimum wage {min}</source>
        <translation>实发工资 {net} 低于最低工资 {min}</translation>
    </message>
    <message>
        <source>{base} × {employed} working days employed ÷ {due} working days due = {amount}</source>
        <translation>{base} × {employed} 在职出勤天数 ÷ {due} 应出勤天数 = {amount}</translation>
    </message>
    <message>
        <source>{base} × {days} days ÷ {due} working days due = {amount}</source>
        <translation>{base} × {days} 天 ÷ {due} 应出勤天数 = {amount}</translation>
    </message>
    <message>
        <source>{note}, capped at {cap}</source>
        <translation>{note}，封顶 {cap}</translation>
    </message>
    <message>
        <source>{label}: nobody here has a share</source>
        <translation>{label}：这里没有人占份额</translation>
    </message>
    <message>
        <source>shared equally by {n}</source>
        <translation>{n} 人平分</translation>
    </message>
    <message>
        <source>share {w} of {total}</source>
        <translation>占 {total} 份中的 {w} 份</translation>
    </message>
    <message>
        <source>{rate} × {value} {metric} = pool {pool}, {share} = {amount} (with {left} left over)</source>
        <translation>{rate} × {value} {metric} = 奖金池 {pool}，{share} = {amount}（含尾差 {left}）</translation>
    </message>
    <message>
        <source>{rate} × {value} {metric} = pool {pool}, {share} = {amount}</source>
        <translation>{rate} × {value} {metric} = 奖金池 {pool}，{share} = {amount}</translation>
    </message>
    <message>
        <source>{label}: {name} has a share but is not in this pool</source>
        <translation>{label}：{name} 有份额但不在这个奖金池里</translation>
    </message>
    <message>
        <source>no pay rules apply to {name}; only the base salary is paid</source>
        <translation>{name} 没有适用的提成奖金规则，只发底薪</translation>
    </message>
    <message>
        <source>rule '{label}' uses the unknown metric '{metric}' and was left out</source>
        <translation>规则“{label}”使用了未知指标“{metric}”，已略过</translation>
    </message>
    <message>
        <source>income tax counts {months} as computed now: not approved yet</source>
        <translation>个税按当前计算值计入 {months}：这些月份尚未审批</translation>
    </message>
    <message>
        <source>cumulative income {income} − basic {basic} ({months} months) − insurance {insurance} − special deductions {special} = taxable {taxable}, not above 0: tax {tax} (withheld before {before})</source>
        <translation>累计收入 {income} − 累计减除费用 {basic}（{months} 个月）− 累计社保公积金 {insurance} − 累计专项附加扣除 {special} = 累计应纳税所得额 {taxable}，不大于 0：本月个税 {tax}（此前已预扣 {before}）</translation>
    </message>
    <message>
        <source>cumulative income {income} − basic {basic} ({months} months) − insurance {insurance} − special deductions {special} = taxable {taxable}; {taxable} × {rate} − quick deduction {quick} = {due} due so far − withheld before {before} = {tax}</source>
        <translation>累计收入 {income} − 累计减除费用 {basic}（{months} 个月）− 累计社保公积金 {insurance} − 累计专项附加扣除 {special} = 累计应纳税所得额 {taxable}；{taxable} × {rate} − 速算扣除数 {quick} = 累计应预扣 {due} − 此前已预扣 {before} = 本月 {tax}</translation>
    </message>
    <message>
        <source>{base} × {rate} = {amount}</source>
        <translation>{base} × {rate} = {amount}</translation>
    </message>
    <message>
        <source>{rate} × {refunds} refunds recorded for {month} after it was approved = {amount}</source>
        <translation>{rate} × {month} 审批后登记的退款 {refunds} = {amount}</translation>
    </message>
</context>
<context>
    <name>PayrollModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>底薪</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>提成奖金</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发合计</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款合计</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发合计</translation>
    </message>
    <message>
        <source>Change vs last month</source>
        <translation>较上月</translation>
    </message>
    <message>
        <source>Shop total</source>
        <translation>全店合计</translation>
    </message>
    <message>
        <source>{name} ({n} people)</source>
        <translation>{name}（{n} 人）</translation>
    </message>
</context>
<context>
    <name>PayrollPage</name>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Ready-made rules</source>
        <translation>现成规则</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>审批并锁定</translation>
    </message>
    <message>
        <source>Re-open</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>考勤…</translation>
    </message>
    <message>
        <source>Payroll settings…</source>
        <translation>工资设置…</translation>
    </message>
    <message>
        <source>Adjust this person's month</source>
        <translation>调整此人本月工资</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>¥, e.g. 200 or -50</source>
        <translation>金额，如 200 或 -50</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整项</translation>
    </message>
    <message>
        <source>Save deductions</source>
        <translation>保存扣款</translation>
    </message>
    <message>
        <source>Copy last month's for everyone</source>
        <translation>全员沿用上月扣款</translation>
    </message>
    <message>
        <source>Everyone…</source>
        <translation>全员…</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>Approved and locked by {who} on {when}</source>
        <translation>已由 {who} 于 {when} 审批并锁定</translation>
    </message>
    <message>
        <source>Not approved yet: {n} people, net pay {net}</source>
        <translation>尚未审批：{n} 人，实发 {net}</translation>
    </message>
    <message>
        <source>{month} ✓ approved</source>
        <translation>{month} ✓ 已审批</translation>
    </message>
    <message>
        <source>Adjust {name}'s month</source>
        <translation>调整 {name} 本月工资</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>底薪</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发合计</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发合计</translation>
    </message>
    <message>
        <source>Refund clawback</source>
        <translation>退款扣回</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>缺勤扣款</translation>
    </message>
    <message>
        <source>typed (computed {amount})</source>
        <translation>手工录入（计算值 {amount}）</translation>
    </message>
    <message>
        <source>Approve payroll</source>
        <translation>审批工资</translation>
    </message>
    <message>
        <source>Approve {month} and lock it? Net pay {net} for {n} people. Later changes to rules or figures will not change it.</source>
        <translation>审批并锁定 {month}？{n} 人实发合计 {net}。之后修改规则或数据都不会再改变它。</translation>
    </message>
    <message>
        <source>Approving {month}…</source>
        <translation>正在审批 {month}…</translation>
    </message>
    <message>
        <source>Re-open payroll</source>
        <translation>重新打开工资</translation>
    </message>
    <message>
        <source>Re-open {month}? It will be computed again from today's rules and figures, and the re-opening is recorded in the audit log.</source>
        <translation>重新打开 {month}？将按当前的规则和数据重新计算，重新打开会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>PayrollPrinting</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>This month's payroll…</source>
        <translation>本月工资表…</translation>
    </message>
    <message>
        <source>Selected person's payslip…</source>
        <translation>所选员工的工资条…</translation>
    </message>
</context>
<context>
    <name>PayrollSettingsDialog</name>
    <message>
        <source>Payroll settings</source>
        <translation>工资设置</translation>
    </message>
    <message>
        <source>Withhold income tax (cumulative method)</source>
        <translation>代扣个税（累计预扣法）</translation>
    </message>
    <message>
        <source>yuan a month; blank: no warning</source>
        <translation>元/月；不填则不提示</translation>
    </message>
    <message>
        <source>Social insurance, employee's part (%)</source>
        <translation>社保个人比例（%）</translation>
    </message>
    <message>
        <source>Housing fund, employee's part (%)</source>
        <translation>公积金个人比例（%）</translation>
    </message>
    <message>
        <source>Minimum wage (¥)</source>
        <translation>最低工资（¥）</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>底薪</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>离职</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Add person…</source>
        <translation>添加员工…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Charts…</source>
        <translation>图表…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>{n} people · month to date {start} – {end}</source>
        <translation>{n} 人 · 本月累计 {start} – {end}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivate {name}? Their history and pay records are kept.</source>
        <translation>停用 {name}？其历史数据和工资记录会保留。</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
</context>
<context>
    <name>PersonCharts</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Target and actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月进度</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>{name} · {department}</source>
        <translation>{name} · {department}</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>PersonChartsDialog</name>
    <message>
        <source>Performance · {name}</source>
        <translation>业绩 · {name}</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>cancelled or deleted</source>
        <translation>已取消或已删除</translation>
    </message>
    <message>
        <source>summary row</source>
        <translation>汇总行</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>a paid order without an amount</source>
        <translation>已付款订单没有金额</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>no 统计日期 on this row</source>
        <translation>本行没有统计日期</translation>
    </message>
    <message>
        <source>{day} appears twice</source>
        <translation>{day} 出现了两次</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100</source>
        <translation>百分比必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>a figure cannot be negative</source>
        <translation>数值不能为负数</translation>
    </message>
    <message>
        <source>no 日期 column and the file does not cover a single day: import one day at a time or give the day (--day)</source>
        <translation>没有日期列，且文件不是单日数据：请按天导出，或指定日期（--day）</translation>
    </message>
    <message>
        <source>no 日期 on this row</source>
        <translation>本行没有日期</translation>
    </message>
    <message>
        <source>{name} appears twice for {day}</source>
        <translation>{name} 在 {day} 出现了两次</translation>
    </message>
    <message>
        <source>{metric} left out: the file says “{value}”</source>
        <translation>未计入{metric}：文件中为“{value}”</translation>
    </message>
    <message>
        <source>{header}: '{text}' is not a number</source>
        <translation>{header}：“{text}”不是数字</translation>
    </message>
    <message>
        <source>{header}: '{text}' is not a time</source>
        <translation>{header}：“{text}”不是时间</translation>
    </message>
    <message>
        <source>{header}: '{text}' is not a whole number</source>
        <translation>{header}：“{text}”不是整数</translation>
    </message>
    <message>
        <source>{header}: '{text}' is too large</source>
        <translation>{header}：“{text}”太大</translation>
    </message>
    <message>
        <source>{header}: '{text}' has more than two decimals</source>
        <translation>{header}：“{text}”超过两位小数</translation>
    </message>
    <message>
        <source>not a spreadsheet: neither UTF-8 nor GBK text</source>
        <translation>不是表格文件：既不是 UTF-8 也不是 GBK 文本</translation>
    </message>
    <message>
        <source>not a spreadsheet (.csv, .xls or .xlsx)</source>
        <translation>不是表格文件（.csv、.xls 或 .xlsx）</translation>
    </message>
    <message>
        <source>not a readable CSV file: {reason}</source>
        <translation>无法读取的 CSV 文件：{reason}</translation>
    </message>
    <message>
        <source>the spreadsheet unpacks to more than {n} MB</source>
        <translation>表格解压后超过 {n} MB</translation>
    </message>
    <message>
        <source>not a readable spreadsheet: the file is damaged or not an .xls/.xlsx workbook</source>
        <translation>无法读取的表格文件：文件已损坏，或不是 .xls/.xlsx 工作簿</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB</source>
        <translation>文件超过 200 MB</translation>
    </message>
    <message>
        <source>not a known platform export: none of the first {n} rows holds the key headers of a kind; looked for {kinds}</source>
        <translation>不是可识别的平台导出文件：前 {n} 行中没有任何一种文件的关键表头；查找过 {kinds}</translation>
    </message>
    <message>
        <source>more than {n} rows</source>
        <translation>超过 {n} 行</translation>
    </message>
    <message>
        <source>the file covers {start} to {end} but has no 日期 column: export one day at a time</source>
        <translation>文件覆盖 {start} 至 {end}，但没有日期列：请按天导出</translation>
    </message>
    <message>
        <source>the same file as {other}</source>
        <translation>与 {other} 是同一个文件</translation>
    </message>
    <message>
        <source>{day} is also in another file of this import</source>
        <translation>{day} 也出现在本次导入的另一个文件中</translation>
    </message>
    <message>
        <source>{ref}: {message}</source>
        <translation>{ref}：{message}</translation>
    </message>
    <message>
        <source>no one has the customer-service account {nick}: add it to a person's platform accounts (Staff → Edit)</source>
        <translation>没有人的客服账号是 {nick}：请把它加到某位员工的平台账号中（员工 → 编辑）</translation>
    </message>
    <message>
        <source>{name} has two accounts in this file for {day}</source>
        <translation>{name} 在本文件 {day} 有两个账号</translation>
    </message>
    <message>
        <source>{day}: 生意参谋 sales {value} differ from the order files' {other} by more than 1 %</source>
        <translation>{day}：生意参谋的销售额 {value} 与订单文件的 {other} 相差超过 1%</translation>
    </message>
    <message>
        <source>{day} {metric} of {scope}: a {source} figure is stored; import with replace (--replace) to overwrite it</source>
        <translation>{day} {scope} 的 {metric}：已有{source}数据；如要覆盖请选择替换（--replace）导入</translation>
    </message>
    <message>
        <source>Taobao/Tmall orders (订单报表)</source>
        <translation>淘宝/天猫订单报表</translation>
    </message>
    <message>
        <source>Taobao/Tmall order lines</source>
        <translation>淘宝/天猫子订单明细</translation>
    </message>
    <message>
        <source>JD orders</source>
        <translation>京东订单</translation>
    </message>
    <message>
        <source>Pinduoduo orders</source>
        <translation>拼多多订单</translation>
    </message>
    <message>
        <source>Douyin shop orders (抖店)</source>
        <translation>抖店订单</translation>
    </message>
    <message>
        <source>生意参谋 shop figures</source>
        <translation>生意参谋店铺数据</translation>
    </message>
    <message>
        <source>Customer service per agent</source>
        <translation>客服个人数据</translation>
    </message>
</context>
<context>
    <name>PlatformActions</name>
    <message>
        <source>Import &amp;platform files…</source>
        <translation>导入平台文件(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PlatformImportDialog</name>
    <message>
        <source>Import platform files</source>
        <translation>导入平台文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Replace typed figures for the same day and metric (audited)</source>
        <translation>替换同一天同一指标的手工数据（记入审计日志）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Platform exports (*.csv *.xls *.xlsx);;All files (*)</source>
        <translation>平台导出文件 (*.csv *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Reading {n} files…</source>
        <translation>正在读取 {n} 个文件…</translation>
    </message>
    <message>
        <source>{n} figures typed by hand (or from the shop workbook) would be overwritten. Tick "Replace typed figures" to import anyway.</source>
        <translation>将覆盖 {n} 个手工录入（或来自店铺工作簿）的数据。勾选“替换手工数据”后才能导入。</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import.</source>
        <translation>点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>{first} to {last} ({n} days)</source>
        <translation>{first} 至 {last}（{n} 天）</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>{n} {reason}</source>
        <translation>{n} 行{reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{file}: {kind} — {read} rows read, {used} used, skipped: {skipped}; {days}</source>
        <translation>{file}：{kind} — 读取 {read} 行，使用 {used} 行，跳过：{skipped}；{days}</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>提示：{text}</translation>
    </message>
    <message>
        <source>{n} new products, without a designer yet (Design → Products)</source>
        <translation>{n} 个新商品，尚未指定美工（设计 → 商品）</translation>
    </message>
    <message>
        <source>{n} units sold of products without a designer</source>
        <translation>{n} 件已售商品没有美工</translation>
    </message>
    <message>
        <source>conflict: {day} {scope} {metric}: stored {old} ({source}), file {new}</source>
        <translation>冲突：{day} {scope} {metric}：已有 {old}（{source}），文件为 {new}</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: {figures} daily figures changed, {products} products added, {replaced} typed figures replaced.</source>
        <translation>已导入：{figures} 个每日数据有变化，新增 {products} 个商品，替换 {replaced} 个手工数据。</translation>
    </message>
    <message>
        <source>Nothing changed: these files were imported before.</source>
        <translation>没有变化：这些文件之前已导入。</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems. Correct the files and try again.</source>
        <translation>未导入任何数据：有 {n} 个问题。请修正文件后重试。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Operations: 1 % of whole-shop sales</source>
        <translation>运营：全店销售额的 1%</translation>
    </message>
    <message>
        <source>Shop sales commission</source>
        <translation>全店销售提成</translation>
    </message>
    <message>
        <source>Design: ¥1 per designed unit sold above 300</source>
        <translation>设计：所做款式销量超过 300 件后每件 ¥1</translation>
    </message>
    <message>
        <source>Designed units bonus</source>
        <translation>设计款销量奖</translation>
    </message>
    <message>
        <source>Customer Service: tiered CS sales commission + grade bonus</source>
        <translation>客服：按达成率阶梯提成 + 等级奖金</translation>
    </message>
    <message>
        <source>CS sales commission</source>
        <translation>客服销售提成</translation>
    </message>
    <message>
        <source>Grade bonus</source>
        <translation>绩效等级奖</translation>
    </message>
    <message>
        <source>Logistics: parcels target bonus − ¥20 per shipping error</source>
        <translation>物流：发货目标奖 − 每次发错扣 ¥20</translation>
    </message>
    <message>
        <source>Parcels target bonus</source>
        <translation>发货达标奖</translation>
    </message>
    <message>
        <source>Shipping errors</source>
        <translation>发货差错扣款</translation>
    </message>
    <message>
        <source>Full attendance: ¥300 in every department</source>
        <translation>全勤奖：各部门 ¥300</translation>
    </message>
    <message>
        <source>Full attendance bonus</source>
        <translation>全勤奖</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How</source>
        <translation>计算方式</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The workbook was not imported</source>
        <translation>工作簿未导入</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct these cells and import the workbook again ({n} problems):</source>
        <translation>没有做任何更改。请修改以下单元格后重新导入（共 {n} 个问题）：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Product ID</source>
        <translation>商品ID</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>美工</translation>
    </message>
    <message>
        <source>Credited from</source>
        <translation>计入起始日</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>always</source>
        <translation>一直</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products come in with the order files. Those without a designer are listed first: assign them so their units count for the designer.</source>
        <translation>商品随订单文件导入。没有美工的商品排在最前：请为它们指定美工，销量才会计入美工。</translation>
    </message>
    <message>
        <source>Credited from</source>
        <translation>计入起始日</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Designer:</source>
        <translation>美工：</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <source>Quick start</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>The owner's day</source>
        <translation>老板的一天</translation>
    </message>
    <message>
        <source>Every morning, &lt;a href='tab:overview'&gt;Overview&lt;/a&gt;: are we on target today, and where is the gap? Red and amber rows need a look.</source>
        <translation>每天早上看&lt;a href='tab:overview'&gt;总览&lt;/a&gt;：今天是否达标，差距在哪里？红色和黄色的行需要关注。</translation>
    </message>
    <message>
        <source>Each department tab: people, &lt;b&gt;Daily figures&lt;/b&gt; (type or paste from Excel), &lt;b&gt;Tasks&lt;/b&gt;, &lt;b&gt;Targets&lt;/b&gt; and &lt;b&gt;Appraisal&lt;/b&gt;.</source>
        <translation>每个部门页：人员、&lt;b&gt;每日数据&lt;/b&gt;（手填或从 Excel 粘贴）、&lt;b&gt;任务&lt;/b&gt;、&lt;b&gt;目标&lt;/b&gt;和&lt;b&gt;考核&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;a href='tab:feed'&gt;Feed&lt;/a&gt;: read the daily reports and market feedback, and reply.</source>
        <translation>&lt;a href='tab:feed'&gt;动态&lt;/a&gt;：阅读日报和市场反馈，并回复。</translation>
    </message>
    <message>
        <source>At month end, &lt;a href='tab:payroll'&gt;Payroll&lt;/a&gt;: check each person's lines, adjust with a reason, approve and lock, export the bonus sheet.</source>
        <translation>月底到&lt;a href='tab:payroll'&gt;工资&lt;/a&gt;：核对每个人的明细，写明原因后调整，审批锁定，导出工资表。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Ctrl+1…Ctrl+9 choose a tab · F5 re-reads the page · Ctrl+Z / Ctrl+Shift+Z undo and redo an edit · Ctrl+F finds in the feed · Ctrl+E exports and Ctrl+P prints what the page offers · Ctrl+L switches user · F1 opens this guide.</source>
        <translation>Ctrl+1…Ctrl+9 切换标签页 · F5 刷新当前页 · Ctrl+Z / Ctrl+Shift+Z 撤销和重做修改 · Ctrl+F 在动态中查找 · Ctrl+E 导出、Ctrl+P 打印当前页提供的内容 · Ctrl+L 切换用户 · F1 打开本指南。</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>你的一天</translation>
    </message>
    <message>
        <source>&lt;a href='tab:my_day'&gt;My day&lt;/a&gt;: today's tasks (overdue ones on top) — mark them done; your targets and pace.</source>
        <translation>&lt;a href='tab:my_day'&gt;我的一天&lt;/a&gt;：今天的任务（逾期的在最上面），做完就标记完成；还有你的目标和进度。</translation>
    </message>
    <message>
        <source>Enter today's figures and write the daily report: what you did, problems, tomorrow's plan.</source>
        <translation>填写今天的数据，写日报：做了什么、遇到的问题、明天的计划。</translation>
    </message>
    <message>
        <source>Add market feedback whenever you hear something: competitors, customer needs, problems. Replies from the owner appear on My day.</source>
        <translation>听到什么就记一条市场反馈：竞争对手、顾客需求、问题。老板的回复会出现在“我的一天”。</translation>
    </message>
    <message>
        <source>Ctrl+1…Ctrl+9 choose a tab · F5 re-reads the page · Ctrl+L switches user · F1 opens this guide.</source>
        <translation>Ctrl+1…Ctrl+9 切换标签页 · F5 刷新当前页 · Ctrl+L 切换用户 · F1 打开本指南。</translation>
    </message>
</context>
<context>
    <name>ReplyModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>To what I wrote</source>
        <translation>回复我写的</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Achievement of the target so far (a final appraisal: as scored)</source>
        <translation>目前的目标达成率（已定稿的按定稿时计）</translation>
    </message>
    <message>
        <source>Self-rating → your rating (1–5)</source>
        <translation>自评 → 你的评分（1–5）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>已自评</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已评审</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>待你评审</translation>
    </message>
    <message>
        <source>Waiting for self-assessment</source>
        <translation>待自评</translation>
    </message>
    <message>
        <source>target {target}, actual {actual}</source>
        <translation>目标 {target}，实际 {actual}</translation>
    </message>
</context>
<context>
    <name>RuleKinds</name>
    <message>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>百分比提成</translation>
    </message>
    <message>
        <source>Tiered commission</source>
        <translation>阶梯提成</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>按件计</translation>
    </message>
    <message>
        <source>Target bonus</source>
        <translation>达标奖</translation>
    </message>
    <message>
        <source>Grade bonus</source>
        <translation>等级奖金</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分制</translation>
    </message>
    <message>
        <source>Step bonus</source>
        <translation>阶梯奖金</translation>
    </message>
    <message>
        <source>Appraisal score bonus</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Team pool</source>
        <translation>团队奖金池</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>扣罚</translation>
    </message>
    <message>
        <source>Full attendance bonus</source>
        <translation>全勤奖</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Pay rules</source>
        <translation>提成奖金规则</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>What this rule would have paid in {month}</source>
        <translation>此规则在 {month} 会发多少</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Own figures</source>
        <translation>本人数据</translation>
    </message>
    <message>
        <source>Department's figures</source>
        <translation>部门数据</translation>
    </message>
    <message>
        <source>Whole shop's figures</source>
        <translation>全店数据</translation>
    </message>
    <message>
        <source>%, e.g. 1 or 1.5%</source>
        <translation>百分比，如 1 或 1.5%</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Retroactive: the reached rate on everything</source>
        <translation>全额累进：达到的比例适用于全部</translation>
    </message>
    <message>
        <source>Marginal: each rate on its own bracket</source>
        <translation>超额累进：各档比例只算本档部分</translation>
    </message>
    <message>
        <source>¥, blank for no cap</source>
        <translation>¥，留空表示不封顶</translation>
    </message>
    <message>
        <source>e.g. 2026-11; blank for every month</source>
        <translation>如 2026-11；留空表示所有月份</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>阶梯方式</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效月份</translation>
    </message>
    <message>
        <source>blank for equal shares, or 张伟:2,刘洋:1</source>
        <translation>留空表示平分，或 张伟:2,刘洋:1</translation>
    </message>
    <message>
        <source>blank for S 1.5, A 1.2, B 1, C 0.5, D 0</source>
        <translation>留空即 S 1.5、A 1.2、B 1、C 0.5、D 0</translation>
    </message>
    <message>
        <source>achievement %, gate</source>
        <translation>达成率 %，门槛</translation>
    </message>
    <message>
        <source>achievement %, default 100</source>
        <translation>达成率 %，默认 100</translation>
    </message>
    <message>
        <source>free units</source>
        <translation>免计数量</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Applies to</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>always</source>
        <translation>一直</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>Appraisal scheme — {dept}</source>
        <translation>考核方案 — {dept}</translation>
    </message>
    <message>
        <source>Add measured item</source>
        <translation>添加量化指标</translation>
    </message>
    <message>
        <source>Add rated item</source>
        <translation>添加定性评价项</translation>
    </message>
    <message>
        <source>Measured: achievement of the target</source>
        <translation>量化：目标达成率</translation>
    </message>
    <message>
        <source>Rated 1–5 by the reviewer</source>
        <translation>定性：评审人评 1–5 分</translation>
    </message>
    <message>
        <source>Achievement that earns full marks; more counts no further</source>
        <translation>达到此达成率即得满分，超出部分不再加分</translation>
    </message>
    <message>
        <source>Measured share</source>
        <translation>量化占比</translation>
    </message>
    <message>
        <source>Full marks at</source>
        <translation>满分达成率</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>分数线</translation>
    </message>
    <message>
        <source>Bonus multiplier</source>
        <translation>奖金系数</translation>
    </message>
    <message>
        <source>Shown with each result. A grade bonus pay rule pays by the multipliers written in the rule, or else by S 1.5, A 1.2, B 1.0, C 0.5, D 0.</source>
        <translation>随考核结果显示。等级奖金规则按规则中填写的系数发放，未填写时按 S 1.5、A 1.2、B 1.0、C 0.5、D 0。</translation>
    </message>
    <message>
        <source>Grades and the grade bonus</source>
        <translation>等级与等级奖金</translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation>推荐方案</translation>
    </message>
    <message>
        <source>Fill in the suggested scheme for this department</source>
        <translation>填入本部门的推荐考核方案</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source> (lower is better)</source>
        <translation>（越低越好）</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>e.g. Service attitude</source>
        <translation>例如：服务态度</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>PINs and password</source>
        <translation>PIN 码和密码</translation>
    </message>
    <message>
        <source>Owner (my password)</source>
        <translation>老板（我的密码）</translation>
    </message>
    <message>
        <source>(no PIN yet)</source>
        <translation>（尚无 PIN 码）</translation>
    </message>
    <message>
        <source>For</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>修改我的 PIN 码</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新的</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>A password is at least 4 characters.</source>
        <translation>密码至少 4 个字符。</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>两次输入不一致</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>My appraisal</source>
        <translation>我的考核</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentPanel</name>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Your self-assessment</source>
        <translation>你的自评</translation>
    </message>
    <message>
        <source>What you did this period, what went well, what you will do better (the owner reads this first)</source>
        <translation>本期做了什么、哪些做得好、哪些要改进（老板会先看这里）</translation>
    </message>
    <message>
        <source>Submit self-assessment</source>
        <translation>提交自评</translation>
    </message>
    <message>
        <source>Rate yourself from 1 (poor) to 5 (excellent):</source>
        <translation>给自己打分，1（差）到 5（优秀）：</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>你的考核结果</translation>
    </message>
    <message>
        <source>Your results over time</source>
        <translation>历次考核结果</translation>
    </message>
    <message>
        <source>No appraisal is open for you.</source>
        <translation>目前没有需要你填写的考核。</translation>
    </message>
    <message>
        <source>Final: score {score}, grade {grade}</source>
        <translation>已定稿：{score} 分，等级 {grade}</translation>
    </message>
    <message>
        <source>Comments: {text}</source>
        <translation>评语：{text}</translation>
    </message>
    <message>
        <source>Submitted; you can change it until the owner finalises.</source>
        <translation>已提交；老板定稿前仍可修改。</translation>
    </message>
    <message>
        <source>Waiting for your self-assessment.</source>
        <translation>等待你填写自评。</translation>
    </message>
    <message>
        <source>Saved. The owner will review it.</source>
        <translation>已保存，老板会进行评审。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time ShopDesk starts.</source>
        <translation>更改语言后，下次启动 ShopDesk 时生效。</translation>
    </message>
    <message>
        <source>ShopDesk will open the chosen database when it is started again.</source>
        <translation>下次启动 ShopDesk 时将打开所选的数据库。</translation>
    </message>
    <message>
        <source>The language will change when ShopDesk is started again.</source>
        <translation>重新启动 ShopDesk 后将切换语言。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>yuan per month, e.g. 4500</source>
        <translation>每月元数，例如 4500</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>部门主管</translation>
    </message>
    <message>
        <source>customer-service nicknames, e.g. 小鹿家居:小芳, 小鹿家居:阿明</source>
        <translation>客服昵称，例如 小鹿家居:小芳, 小鹿家居:阿明</translation>
    </message>
    <message>
        <source>last day worked, e.g. 2026-10-31; blank while employed</source>
        <translation>最后工作日，如 2026-10-31；在职时留空</translation>
    </message>
    <message>
        <source>yuan; blank: no social insurance</source>
        <translation>元；留空则不扣社保</translation>
    </message>
    <message>
        <source>yuan; blank: no housing fund</source>
        <translation>元；留空则不扣公积金</translation>
    </message>
    <message>
        <source>yuan a month, e.g. 2000</source>
        <translation>每月（元），如 2000</translation>
    </message>
    <message>
        <source>optional: 4 to 8 digits, can be set later</source>
        <translation>选填：4 到 8 位数字，也可以以后再设</translation>
    </message>
    <message>
        <source>First PIN</source>
        <translation>初始 PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Base salary (¥)</source>
        <translation>底薪（元）</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Social insurance base (¥)</source>
        <translation>社保基数（¥）</translation>
    </message>
    <message>
        <source>Housing fund base (¥)</source>
        <translation>公积金基数（¥）</translation>
    </message>
    <message>
        <source>Special additional deduction (¥)</source>
        <translation>专项附加扣除（¥）</translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ShopDesk</source>
        <translation>ShopDesk</translation>
    </message>
    <message>
        <source>This shop database was written by a newer ShopDesk. Please install the newer version; nothing was changed.</source>
        <translation>此店铺数据库由更新版本的 ShopDesk 创建。请安装新版本；数据未作任何改动。</translation>
    </message>
    <message>
        <source>SQLite cannot safely share a database file between computers: two PCs writing at once, or a sync program copying a half-written file, can damage it. Keep the shop file on this computer's own disk. For several PCs, install PostgreSQL on one machine of the shop network and start ShopDesk with --db postgresql+psycopg://user@server/shopdesk.</source>
        <translation>SQLite 数据文件不能安全地在多台电脑之间共享：两台电脑同时写入，或同步软件复制了写了一半的文件，都可能损坏数据。请把店铺数据文件放在本机硬盘上。如需多台电脑共用，请在店里局域网的一台电脑上安装 PostgreSQL，并用 --db postgresql+psycopg://user@server/shopdesk 启动 ShopDesk。</translation>
    </message>
    <message>
        <source>the file is on a network share</source>
        <translation>文件位于网络共享文件夹</translation>
    </message>
    <message>
        <source>the file is in a cloud-sync folder</source>
        <translation>文件位于云同步文件夹</translation>
    </message>
    <message>
        <source>the file is on a network drive</source>
        <translation>文件位于网络驱动器</translation>
    </message>
    <message>
        <source>ShopDesk will not open {path}: {why}.</source>
        <translation>ShopDesk 不会打开 {path}：{why}。</translation>
    </message>
    <message>
        <source>The shop file {path} is damaged and cannot be used safely. ShopDesk has not changed it.</source>
        <translation>店铺数据文件 {path} 已损坏，无法安全使用。ShopDesk 没有改动它。</translation>
    </message>
    <message>
        <source>No good backup was found. Keep the file and ask for help; do not delete it.</source>
        <translation>没有找到完好的备份。请保留这个文件并寻求帮助，不要删除它。</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}: {staff} people, {figures} daily figures. Restore it? The damaged file is kept aside.</source>
        <translation>最新的完好备份来自 {when}：{staff} 名员工，{figures} 条每日数据。要恢复它吗？损坏的文件会另外保留。</translation>
    </message>
    <message>
        <source>The owner's password is needed to restore the backup:</source>
        <translation>恢复备份需要店主密码：</translation>
    </message>
    <message>
        <source>That is not the owner's password. Try again:</source>
        <translation>这不是店主密码。请重试：</translation>
    </message>
    <message>
        <source>The password was wrong three times; nothing was restored.</source>
        <translation>密码连续三次错误；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The shop file {path} holds values ShopDesk does not write ({problem}). It may have been changed by another program. Run “shopdesk check”, and restore a backup if in doubt.</source>
        <translation>店铺文件 {path} 中有 ShopDesk 不会写入的值（{problem}）。它可能被其他程序改动过。请运行“shopdesk check”，如有疑问请恢复备份。</translation>
    </message>
    <message>
        <source>ShopDesk cannot reach the shop server {server}:
{reason}

Check that the server PC is on and connected, or choose this computer's file in Settings.</source>
        <translation>ShopDesk 无法连接店铺服务器 {server}：
{reason}

请检查服务器电脑是否开机并已联网，或在“设置”中改用本机文件。</translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation>店铺服务器</translation>
    </message>
    <message>
        <source>Password for {server}:</source>
        <translation>{server} 的密码：</translation>
    </message>
    <message>
        <source>The shop server did not accept the password.</source>
        <translation>店铺服务器未接受该密码。</translation>
    </message>
    <message>
        <source>This shop database was made by an older ShopDesk and needs a one-time update before it can be used. Computers still running the older ShopDesk will then have to be updated too.</source>
        <translation>此店铺数据库由旧版 ShopDesk 创建，使用前需要进行一次性升级。升级后，仍在使用旧版 ShopDesk 的电脑也需要更新。</translation>
    </message>
    <message>
        <source>A backup of the file has been made beside it.</source>
        <translation>已在原文件旁边备份了该文件。</translation>
    </message>
    <message>
        <source>Update it now?</source>
        <translation>现在升级吗？</translation>
    </message>
    <message>
        <source>The owner's password:</source>
        <translation>店主密码：</translation>
    </message>
    <message>
        <source>The database was not updated.</source>
        <translation>数据库未升级。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year} 年</translation>
    </message>
    <message>
        <source>The parts add up to {sum}, not {value}</source>
        <translation>分解后合计为 {sum}，与 {value} 不符</translation>
    </message>
    <message>
        <source>The sum of the months; no target is set for this period itself</source>
        <translation>各月目标之和；该周期本身没有设置目标</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>{who}, {period}</source>
        <translation>{who}，{period}</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>New metric…</source>
        <translation>新建指标…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Shop rest days</source>
        <translation>店铺休息日</translation>
    </message>
    <message>
        <source>e.g. Sun, or Sat, Sun</source>
        <translation>如 周日，或 周六,周日</translation>
    </message>
    <message>
        <source>empty for an even split, or 12 month weights e.g. 1,1,1,1,1,1.5,1,1,1,1,2,1</source>
        <translation>留空为平均分配，或填 12 个月的权重，如 1,1,1,1,1,1.5,1,1,1,1,2,1</translation>
    </message>
    <message>
        <source>How the selected row's year or quarter splits into months</source>
        <translation>所选行的年度或季度目标如何分解到各月</translation>
    </message>
    <message>
        <source>Days: working days only</source>
        <translation>分到天：仅工作日</translation>
    </message>
    <message>
        <source>Days: every day evenly</source>
        <translation>分到天：每天平均</translation>
    </message>
    <message>
        <source>Break down</source>
        <translation>一键分解</translation>
    </message>
    <message>
        <source>Split the selected target into quarters and months, then to departments and people by their shares</source>
        <translation>把所选目标分解到季度和月份，再按占比分到各部门和个人</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分解</translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation>重新平衡</translation>
    </message>
    <message>
        <source>Break each highlighted parent down again so its parts add up</source>
        <translation>把标黄的上级目标重新分解，使各部分合计一致</translation>
    </message>
    <message>
        <source>{n} targets no longer add up</source>
        <translation>有 {n} 个目标的分解合计不一致</translation>
    </message>
    <message>
        <source>Everything adds up</source>
        <translation>所有目标合计一致</translation>
    </message>
    <message>
        <source>Select the target to break down first</source>
        <translation>请先选中要分解的目标</translation>
    </message>
    <message>
        <source>Break down {period}? It replaces {n} targets already set below it, for the months, quarters, departments and people it covers.</source>
        <translation>分解 {period}？这会替换它下面已设置的 {n} 个目标（所涉及的月份、季度、部门和人员）。</translation>
    </message>
    <message>
        <source>Break down again the {n} targets that no longer add up? What is set below them is replaced.</source>
        <translation>重新分解这 {n} 个对不上的目标？它们下面已设置的目标会被替换。</translation>
    </message>
    <message>
        <source>{n} targets written</source>
        <translation>已写入 {n} 个目标</translation>
    </message>
    <message>
        <source>Rest days saved: months split by working days skip them</source>
        <translation>休息日已保存：按工作日分解的月目标会跳过这些天</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{cell}: {error}</source>
        <translation>{cell}：{error}</translation>
    </message>
</context>
<context>
    <name>TargetsUndo</name>
    <message>
        <source>edit target {period}</source>
        <translation>修改 {period} 目标</translation>
    </message>
    <message>
        <source>clear 1 target</source>
        <translation>清除 1 个目标</translation>
    </message>
    <message>
        <source>clear {n} targets</source>
        <translation>清除 {n} 个目标</translation>
    </message>
    <message>
        <source>paste 1 target</source>
        <translation>粘贴 1 个目标</translation>
    </message>
    <message>
        <source>paste {n} targets</source>
        <translation>粘贴 {n} 个目标</translation>
    </message>
    <message>
        <source>edit shares</source>
        <translation>修改占比</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Past a short month's end, the task falls on its last day.</source>
        <translation>若当月没有这一天，任务落在当月最后一天。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>On</source>
        <translation>在</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>每月几号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Changes apply from today on; done work and earlier days stay as they were.</source>
        <translation>修改从今天起生效；已完成的工作和以前的日子保持不变。</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation>请至少选择一个星期几</translation>
    </message>
    <message>
        <source>edit task “{title}”</source>
        <translation>修改任务“{title}”</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly: {days}</source>
        <translation>每周：{days}</translation>
    </message>
    <message>
        <source>Monthly on day {day}</source>
        <translation>每月 {day} 号</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days and ahead</source>
        <translation>最近 7 天及以后</translation>
    </message>
    <message>
        <source>Last 30 days and ahead</source>
        <translation>最近 30 天及以后</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Stop task</source>
        <translation>停止任务</translation>
    </message>
    <message>
        <source>No further occurrences; what was done stays.</source>
        <translation>不再生成新的任务；已完成的记录保留。</translation>
    </message>
    <message>
        <source>Edit task…</source>
        <translation>编辑任务…</translation>
    </message>
    <message>
        <source>{n} tasks: {open} open, {overdue} overdue, {done} done</source>
        <translation>共 {n} 项：{open} 项待办，{overdue} 项逾期，{done} 项完成</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>row {row}: “{text}” is not a number</source>
        <translation>第 {row} 行：“{text}”不是数字</translation>
    </message>
    <message>
        <source>row {row}: the first tier starts at 0</source>
        <translation>第 {row} 行：第一档要从 0 开始</translation>
    </message>
    <message>
        <source>row {row}: it ends before it starts</source>
        <translation>第 {row} 行：结束值小于开始值</translation>
    </message>
    <message>
        <source>row {row}: a gap after the tier above (it ends at {high})</source>
        <translation>第 {row} 行：和上一档之间有空缺（上一档止于 {high}）</translation>
    </message>
    <message>
        <source>row {row}: it overlaps the tier above (that ends at {high})</source>
        <translation>第 {row} 行：和上一档重叠（上一档止于 {high}）</translation>
    </message>
    <message>
        <source>row {row}: only the last tier is open-ended</source>
        <translation>第 {row} 行：只有最后一档可以不填上限</translation>
    </message>
    <message>
        <source>row {row}: the last tier must be open-ended: leave “to” empty</source>
        <translation>第 {row} 行：最后一档不设上限，“至”留空</translation>
    </message>
    <message>
        <source>row {row}: a rate is between 0 and 100 %</source>
        <translation>第 {row} 行：比例要在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>row {row}: an amount is not negative</source>
        <translation>第 {row} 行：金额不能为负数</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加一档</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除此档</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>From (achievement %)</source>
        <translation>从（达成率 %）</translation>
    </message>
    <message>
        <source>To (empty: and above)</source>
        <translation>至（留空：及以上）</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比例（%）</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>PINs and password…</source>
        <translation>PIN 码和密码…</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>修改我的 PIN 码…</translation>
    </message>
    <message>
        <source>Auto-lock…</source>
        <translation>自动锁定…</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes (0 = never):</source>
        <translation>空闲多少分钟后锁定（0 = 从不）：</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
