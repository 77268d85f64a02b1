# Independent check of score.VoteTable.Measure on real roll calls (see votealign_test.go).
# Run from ../shared/data/unvotes: python3 measures.py
import csv,gzip,sys
from fractions import Fraction as F
rc={r['rcid']:r for r in csv.DictReader(gzip.open('un_roll_calls.csv.gz','rt'))}
V={'yes':1,'abstain':2,'no':3}
votes={}
for r in csv.DictReader(gzip.open('un_votes.csv.gz','rt')):
    votes.setdefault(r['rcid'],{})[r['country_code']]=V[r['vote']]
def pairs(a,b,year):
    out=[]
    for id,v in votes.items():
        if rc[id]['date'][:4]==year and a in v and b in v: out.append((v[a],v[b]))
    return out
def meas(ps):
    n=len(ps)
    agree=F(sum(1 for x,y in ps if x==y),n)
    D=F(sum(abs(x-y) for x,y in ps),n); D2=F(sum((x-y)**2 for x,y in ps),n)
    s=1-2*D/2; s2=1-2*D2/4
    p={k:F(sum(1 for x,_ in ps if x==k),n) for k in (1,2,3)}
    q={k:F(sum(1 for _,y in ps if y==k),n) for k in (1,2,3)}
    De=sum(p[i]*q[j]*abs(i-j) for i in (1,2,3) for j in (1,2,3))
    m={k:(p[k]+q[k])/2 for k in (1,2,3)}
    Dp=sum(m[i]*m[j]*abs(i-j) for i in (1,2,3) for j in (1,2,3))
    same=sum(1 for x,y in ps if x==y and x!=2); opp=sum(1 for x,y in ps if {x,y}=={1,3}); one=sum(1 for x,y in ps if (x==2)!=(y==2))
    coin=F(2*same+one,2*(same+opp+one))
    return dict(n=n,agreement=agree,s=s,s2=s2,kappa=1-D/De,pi=1-D/Dp,coincidence=coin)
for a,b,y in [('US','RU','2014'),('CN','US','2014'),('CN','RU','1990'),('US','VE','2005')]:
    r=meas(pairs(a,b,y))
    print(a,b,y,r['n'],{k:(str(v),float(v)) for k,v in r.items() if k!='n'})
