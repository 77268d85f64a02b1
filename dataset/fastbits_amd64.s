#include "textflag.h"

// func lineBlocksAVX2(src *byte, blocks int, tabs, nls, high *uint64)
//
// For each 64-byte block k of src, one bit per byte (bit i for byte
// 64k+i): tabs[k] marks the bytes equal to '\t', nls[k] those equal to
// '\n', high[k] those with the top bit set (not ASCII).
TEXT ·lineBlocksAVX2(SB), NOSPLIT, $0-40
	MOVQ src+0(FP), SI
	MOVQ blocks+8(FP), CX
	MOVQ tabs+16(FP), DI
	MOVQ nls+24(FP), R8
	MOVQ high+32(FP), R10
	MOVQ $0x0909090909090909, AX
	MOVQ AX, X0
	VPBROADCASTB X0, Y0
	MOVQ $0x0a0a0a0a0a0a0a0a, AX
	MOVQ AX, X6
	VPBROADCASTB X6, Y6

loop:
	TESTQ CX, CX
	JZ    done
	VMOVDQU   (SI), Y1
	VMOVDQU   32(SI), Y2
	VPCMPEQB  Y0, Y1, Y3
	VPCMPEQB  Y0, Y2, Y4
	VPMOVMSKB Y3, AX
	VPMOVMSKB Y4, BX
	SHLQ      $32, BX
	ORQ       BX, AX
	MOVQ      AX, (DI)
	VPCMPEQB  Y6, Y1, Y3
	VPCMPEQB  Y6, Y2, Y4
	VPMOVMSKB Y3, AX
	VPMOVMSKB Y4, BX
	SHLQ      $32, BX
	ORQ       BX, AX
	MOVQ      AX, (R8)
	VPMOVMSKB Y1, AX
	VPMOVMSKB Y2, BX
	SHLQ      $32, BX
	ORQ       BX, AX
	MOVQ      AX, (R10)
	ADDQ      $64, SI
	ADDQ      $8, DI
	ADDQ      $8, R8
	ADDQ      $8, R10
	DECQ      CX
	JMP       loop

done:
	VZEROUPPER
	RET
