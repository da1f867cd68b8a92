"""process.stdin from a pipe, as a user sees it: bytes, encodings, ending, not holding the process.
Same format as cases.py."""

CASES = [
    ("stdin pipe binary bytes",
     ["-e", "const c=[];process.stdin.on('data',d=>c.push(d));process.stdin.on('end',()=>{const b=Buffer.concat(c);"
            "let ok=Buffer.isBuffer(c[0]);for(let i=0;i<b.length;i++)ok=ok&&b[i]===i%256;console.log(b.length,ok)})"],
     bytes(range(256)) * 4096, 0, r"\A1048576 true\n\Z", r"\A\Z"),
    ("stdin pipe empty ends",
     ["-e", "process.stdin.on('data',()=>console.log('data'));process.stdin.on('end',()=>console.log('end'))"],
     b"", 0, r"\Aend\n\Z", r"\A\Z"),
    ("stdin pipe utf8 split",
     ["-e", "process.stdin.setEncoding('utf8');let s='';process.stdin.on('data',d=>s+=d);"
            "process.stdin.on('end',()=>console.log(s.length,s===('\u00e9\u20ac\U0001d11e'.repeat(50000))))"],
     ("\u00e9\u20ac\U0001d11e" * 50000).encode("utf-8"), 0, r"\A200000 true\n\Z", r"\A\Z"),
    ("stdin unread does not hold the process",
     ["-e", "process.stdin;setTimeout(()=>console.log('done'),10)"], b"ignored", 0, r"\Adone\n\Z", r"\A\Z"),
    ("stdin async iteration",
     ["-e", "(async()=>{let n=0;for await(const c of process.stdin)n+=c.length;console.log(n)})()"],
     b"x" * 200000, 0, r"\A200000\n\Z", r"\A\Z"),
    ("stdin pause stops reading",
     ["-e", "process.stdin.once('data',d=>{console.log(d.length>0);process.stdin.pause()})"],
     b"abc", 0, r"\Atrue\n\Z", r"\A\Z"),
]
